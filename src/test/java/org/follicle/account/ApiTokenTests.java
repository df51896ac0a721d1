package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Personal API tokens: made by a signed-in user, used by scripts on the JSON API, revoked. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

  private static final String PASSWORD = "correct horse battery";

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @Test
  void aTokenReadsAndWritesTheApiWithoutSessionOrCsrfAndNotesItsUse() throws Exception {
    String name = account("script");
    JsonNode issued = create(signIn(name), "zotero sync", 90);
    String secret = issued.get("secret").asString();
    assertThat(secret).startsWith("fl_").hasSize(46);
    assertThat(issued.get("token").get("prefix").asString()).isEqualTo(secret.substring(0, 10));

    MvcResult read =
        mvc.perform(get("/api/account").with(bearer(secret)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(name))
            .andReturn();
    MvcResult write =
        mvc.perform(
                put("/api/account/profile")
                    .with(bearer(secret))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(Map.of("displayName", "Script Name"))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.displayName").value("Script Name"))
            .andReturn();
    for (MvcResult result : List.of(read, write)) {
      assertThat(result.getResponse().getCookie("SESSION")).as("no session").isNull();
      assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
    }
    assertThat(
            jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?",
                Integer.class,
                name))
        .as("only the password sign-in's session")
        .isEqualTo(1);
    mvc.perform(get("/api/account/tokens").with(bearer(secret)))
        .andExpect(jsonPath("$.items[0].name").value("zotero sync"))
        .andExpect(jsonPath("$.items[0].lastUsedAt").isNotEmpty());
  }

  @Test
  void revokedExpiredAndUnknownTokensGet401WithTheBearerChallenge() throws Exception {
    String name = account("revoking");
    Cookie session = signIn(name);
    JsonNode revoked = create(session, "old laptop", null);
    JsonNode expired = create(session, "short lived", 1);
    mvc.perform(
            delete("/api/account/tokens/" + revoked.get("token").get("id").asLong())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNoContent());
    jdbc.update(
        "update account_api_token set expires_at = ? where id = ?",
        OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1),
        expired.get("token").get("id").asLong());

    for (String secret :
        List.of(
            revoked.get("secret").asString(),
            expired.get("secret").asString(),
            "fl_" + "A".repeat(43))) {
      mvc.perform(get("/api/account").with(bearer(secret)))
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(
              header().string("WWW-Authenticate", Matchers.startsWith("Bearer realm=\"follicle\"")))
          .andExpect(
              header()
                  .string("WWW-Authenticate", Matchers.containsString("error=\"invalid_token\"")));
    }
    mvc.perform(
            delete("/api/account/tokens/" + revoked.get("token").get("id").asLong())
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound());
  }

  @Test
  void aTokenDoesNotSignInOnPagesNorCreateMoreTokens() throws Exception {
    String name = account("pages");
    String secret = create(signIn(name), "pages", null).get("secret").asString();
    mvc.perform(get("/account").with(bearer(secret)).accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/signin"));
    mvc.perform(get("/account/tokens").with(bearer(secret))).andExpect(status().isUnauthorized());
    mvc.perform(
            post("/api/account/tokens")
                .with(bearer(secret))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", "successor"))))
        .andExpect(status().isForbidden());
  }

  @Test
  void aTokenActsWithTheRolesItsAccountHasNow() throws Exception {
    String name = account("moderating");
    long id = accountId(name);
    String secret = create(signIn(name), "moderation bot", null).get("secret").asString();
    mvc.perform(get("/api/moderation/claims").with(bearer(secret)))
        .andExpect(status().isForbidden());

    accounts.grantRole(id, Role.MODERATOR, "api token test");
    mvc.perform(get("/api/moderation/claims").with(bearer(secret))).andExpect(status().isOk());

    accounts.revokeRoleGrantedBy(id, Role.MODERATOR, "api token test");
    mvc.perform(get("/api/moderation/claims").with(bearer(secret)))
        .andExpect(status().isForbidden());
  }

  @Test
  void listsAndTheExportNeverShowASecretOrItsHash() throws Exception {
    String name = account("listing");
    Cookie session = signIn(name);
    String secret = create(session, "listed", 30).get("secret").asString();
    String hash =
        jdbc.queryForObject(
            "select token_hash from account_api_token where token_prefix = ?",
            String.class,
            secret.substring(0, 10));
    String list =
        mvc.perform(get("/api/account/tokens").cookie(session))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", "no-store"))
            .andExpect(jsonPath("$.items[0].name").value("listed"))
            .andExpect(jsonPath("$.items[0].prefix").value(secret.substring(0, 10)))
            .andExpect(jsonPath("$.items[0].expiresAt").isNotEmpty())
            .andReturn()
            .getResponse()
            .getContentAsString();
    String export =
        mvc.perform(get("/api/account/export").cookie(session))
            .andExpect(jsonPath("$.apiTokens[0].name").value("listed"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String page =
        mvc.perform(get("/account/tokens").cookie(session))
            .andReturn()
            .getResponse()
            .getContentAsString();
    for (String shown : List.of(list, export, page)) {
      assertThat(shown).doesNotContain(secret).doesNotContain(hash);
    }
  }

  @Test
  void createsAndRevokesATokenOnThePageWhichShowsTheSecretOnce() throws Exception {
    String name = account("page");
    Cookie session = signIn(name);
    Document account = page(mvc.perform(get("/account").cookie(session)).andReturn());
    assertThat(account.select("a.account-tokens-link").attr("href")).isEqualTo("/account/tokens");
    Document empty = page(mvc.perform(get("/account/tokens").cookie(session)).andReturn());
    assertThat(empty.select("form[action=/account/tokens] input[name=_csrf]")).hasSize(1);

    Document created =
        page(
            mvc.perform(
                    post("/account/tokens")
                        .param("name", "reading list")
                        .param("expiresInDays", "7")
                        .cookie(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn());
    String secret = created.select(".token-secret").text();
    assertThat(secret).startsWith("fl_");
    mvc.perform(get("/api/account").with(bearer(secret))).andExpect(status().isOk());

    Document listed = page(mvc.perform(get("/account/tokens").cookie(session)).andReturn());
    assertThat(listed.select(".token-secret")).isEmpty();
    assertThat(listed.select(".token-name").eachText()).containsExactly("reading list");
    String revoke = listed.select(".token-list form").attr("action");
    mvc.perform(post(revoke).cookie(session).with(csrf()))
        .andExpect(redirectedUrl("/account/tokens"));
    mvc.perform(get("/api/account").with(bearer(secret))).andExpect(status().isUnauthorized());
  }

  @Test
  void refusesABlankNameALongExpiryAndATwentyFirstToken() throws Exception {
    Cookie session = signIn(account("many"));
    mvc.perform(newToken(Map.of("name", " ")).cookie(session))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("name"));
    mvc.perform(newToken(Map.of("name", "forever", "expiresInDays", 366)).cookie(session))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("expiresInDays"));
    for (int n = 1; n <= ApiTokens.MAX_PER_ACCOUNT; n++) {
      create(session, "token " + n, null);
    }
    mvc.perform(newToken(Map.of("name", "one too many")).cookie(session))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("at most 20")));
  }

  @Test
  void deletingTheAccountDeletesItsTokens() throws Exception {
    String name = account("deleted");
    Cookie session = signIn(name);
    long id = accountId(name);
    String secret = create(session, "doomed", null).get("secret").asString();
    mvc.perform(
            delete("/api/account")
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("password", PASSWORD))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.apiTokens[0].name").value("doomed"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from account_api_token where account_id = ?", Integer.class, id))
        .isZero();
    mvc.perform(get("/api/account").with(bearer(secret))).andExpect(status().isUnauthorized());
  }

  @Test
  void theOpenApiDescriptionNamesTheBearerBasicAndSessionSchemes() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
        .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
        .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
        .andExpect(jsonPath("$.components.securitySchemes.sessionCookie.in").value("cookie"));
  }

  static org.springframework.test.web.servlet.request.RequestPostProcessor bearer(String secret) {
    return request -> {
      request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + secret);
      return request;
    };
  }

  private JsonNode create(Cookie session, String name, Integer days) throws Exception {
    Map<String, Object> fields =
        days == null ? Map.of("name", name) : Map.of("name", name, "expiresInDays", days);
    MvcResult created =
        mvc.perform(newToken(fields).cookie(session))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", Matchers.startsWith("/api/account/tokens/")))
            .andReturn();
    return json.readTree(created.getResponse().getContentAsString());
  }

  private MockHttpServletRequestBuilder newToken(Map<String, Object> fields) {
    return post("/api/account/tokens")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(fields));
  }

  private String account(String prefix) {
    String name = AccountFlowTests.uniqueName("token-" + prefix);
    accounts.createConfirmed(name, name + "@example.org", PASSWORD, Set.of());
    return name;
  }

  private long accountId(String name) {
    return jdbc.queryForObject("select id from account where username = ?", Long.class, name);
  }

  private Cookie signIn(String name) throws Exception {
    return mvc.perform(
            post("/api/auth/signin")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("username", name, "password", PASSWORD))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private static Document page(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }
}
