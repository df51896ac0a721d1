package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's way through accounts, on the pages and through the JSON API, with real mail. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountFlowTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @Test
  void signsUpOnThePageConfirmsThroughTheMailSignsInAndSeesTheAccountPage() throws Exception {
    String name = uniqueName("page");
    String email = name + "@example.org";
    Document form = page(mvc.perform(get("/signup")).andReturn());
    assertThat(form.select("form[action=/signup] input[name=_csrf]")).hasSize(1);

    mvc.perform(
            post("/signup")
                .param("username", name)
                .param("email", email)
                .param("password", PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/signup/sent"));
    assertThat(TestMailbox.mailsTo(email)).hasSize(1);
    assertThat(TestMailbox.mailsTo(email).get(0).getSubject())
        .isEqualTo("Confirm your Follicle account");

    // Not confirmed yet: the right password is refused with the reason.
    mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/signin?unconfirmed"));

    String confirmPath = TestMailbox.pathInLastMailTo(email);
    Document confirm = page(mvc.perform(get(confirmPath)).andExpect(status().isOk()).andReturn());
    String token = confirm.select("input[name=token]").val();
    mvc.perform(post("/signup/confirm").param("token", token).with(csrf()))
        .andExpect(redirectedUrl("/signin?confirmed"));

    MvcResult signedIn =
        mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/account")).andReturn();
    Cookie session = signedIn.getResponse().getCookie("SESSION");
    assertThat(session).as("the session cookie of Spring Session").isNotNull();
    Document account =
        page(mvc.perform(get("/account").cookie(session)).andExpect(status().isOk()).andReturn());
    assertThat(account.select("h1").text()).isEqualTo("Hello, " + name);
    assertThat(account.select(".account-username").text()).isEqualTo(name);
    assertThat(account.select(".role-list li").eachText()).containsExactly("reader");
    assertThat(account.select(".nav-account").text()).isEqualTo(name);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from spring_session where principal_name = ?",
                Integer.class,
                name))
        .as("the session is in the database")
        .isEqualTo(1);
  }

  @Test
  void signsUpConfirmsAndSignsInThroughTheApi() throws Exception {
    String name = uniqueName("api");
    String email = name + "@example.org";
    mvc.perform(
            post("/api/auth/signup")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("username", name, "email", email, "password", PASSWORD))))
        .andExpect(status().isAccepted());
    String token = TestMailbox.linkInLastMailTo(email).replaceFirst(".*token=", "");
    mvc.perform(
            post("/api/auth/confirm")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("token", token))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value(name));

    MvcResult signedIn =
        mvc.perform(
                post("/api/auth/signin")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("username", name, "password", PASSWORD))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.username").value(name))
            .andExpect(jsonPath("$.roles[0]").value("READER"))
            .andReturn();
    Cookie session = signedIn.getResponse().getCookie("SESSION");
    mvc.perform(get("/api/account").cookie(session))
        .andExpect(status().isOk())
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(jsonPath("$.email").value(email))
        .andExpect(jsonPath("$.roles[0].role").value("reader"));

    mvc.perform(
            post("/api/auth/signout")
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/account").cookie(session)).andExpect(status().isUnauthorized());
  }

  @Test
  void resetsAForgottenPasswordThroughTheMailedLinkAndTheOldOneStopsWorking() throws Exception {
    String name = confirmedAccount("reset");
    String email = name + "@example.org";
    mvc.perform(post("/password-reset").param("email", email.toUpperCase()).with(csrf()))
        .andExpect(redirectedUrl("/password-reset?sent"));
    mvc.perform(post("/password-reset").param("email", "nobody-" + email).with(csrf()))
        .andExpect(redirectedUrl("/password-reset?sent"));
    assertThat(TestMailbox.mailsTo("nobody-" + email)).isEmpty();

    String resetPath = TestMailbox.pathInLastMailTo(email);
    assertThat(resetPath).startsWith("/password-reset/");
    mvc.perform(get(resetPath)).andExpect(status().isOk());
    mvc.perform(post(resetPath).param("password", "short").with(csrf()))
        .andExpect(status().isBadRequest());
    mvc.perform(post(resetPath).param("password", "a brand new passphrase").with(csrf()))
        .andExpect(redirectedUrl("/signin?reset"));
    mvc.perform(post(resetPath).param("password", "another new passphrase").with(csrf()))
        .andExpect(status().isBadRequest());

    mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/signin?error"));
    mvc.perform(signIn(email, "a brand new passphrase")).andExpect(redirectedUrl("/account"));
  }

  @Test
  void deletingTheAccountNeedsThePasswordAndAnswersTheExport() throws Exception {
    String name = confirmedAccount("leaving");
    Cookie session = apiSignIn(name, PASSWORD);
    mvc.perform(
            put("/api/account/profile")
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("displayName", "Leaving Soon", "bio", "Was here."))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.displayName").value("Leaving Soon"));
    assertThat(
            Jsoup.parse(
                    mvc.perform(get("/account").cookie(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .select("h1")
                .text())
        .as("the page greets with the display name just saved")
        .isEqualTo("Hello, Leaving Soon");
    mvc.perform(get("/account/export").cookie(session))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string(
                    "Content-Disposition",
                    org.hamcrest.Matchers.containsString("follicle-" + name + ".json")))
        .andExpect(jsonPath("$.account.bio").value("Was here."));

    mvc.perform(
            delete("/api/account")
                .cookie(session)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("password", "not the password"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("password"));
    String export =
        mvc.perform(
                delete("/api/account")
                    .cookie(session)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("password", PASSWORD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode exported = json.readTree(export);
    assertThat(exported.get("account").get("username").asString()).isEqualTo(name);
    assertThat(exported.get("account").get("displayName").asString()).isEqualTo("Leaving Soon");
    assertThat(exported.get("account").has("passwordHash")).isFalse();

    assertThat(
            jdbc.queryForObject(
                "select count(*) from account where username = ?", Integer.class, name))
        .isZero();
    mvc.perform(get("/api/account").cookie(session)).andExpect(status().isUnauthorized());
    mvc.perform(signIn(name, PASSWORD)).andExpect(redirectedUrl("/signin?error"));
  }

  @Test
  void aSecondSignUpWithATakenAddressRevealsNothingAndMailsItsOwner() throws Exception {
    String name = confirmedAccount("owner");
    String email = name + "@example.org";
    mvc.perform(
            post("/api/auth/signup")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        Map.of(
                            "username",
                            uniqueName("copycat"),
                            "email",
                            email,
                            "password",
                            PASSWORD))))
        .andExpect(status().isAccepted());
    assertThat(TestMailbox.mailsTo(email).get(TestMailbox.mailsTo(email).size() - 1).getSubject())
        .isEqualTo("Someone tried to sign up to Follicle with your address");

    mvc.perform(
            post("/api/auth/signup")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        Map.of("username", name, "email", "other-" + email, "password", PASSWORD))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("username"))
        .andExpect(jsonPath("$.detail").value("The username '" + name + "' is taken"));
  }

  private String confirmedAccount(String prefix) throws Exception {
    String name = uniqueName(prefix);
    String email = name + "@example.org";
    mvc.perform(
            post("/signup")
                .param("username", name)
                .param("email", email)
                .param("password", PASSWORD)
                .with(csrf()))
        .andExpect(redirectedUrl("/signup/sent"));
    String token = TestMailbox.linkInLastMailTo(email).replaceFirst(".*token=", "");
    mvc.perform(post("/signup/confirm").param("token", token).with(csrf()))
        .andExpect(redirectedUrl("/signin?confirmed"));
    return name;
  }

  private Cookie apiSignIn(String name, String password) throws Exception {
    return mvc.perform(
            post("/api/auth/signin")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("username", name, "password", password))))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private static org.springframework.test.web.servlet.RequestBuilder signIn(
      String name, String password) {
    return post("/signin").param("username", name).param("password", password).with(csrf());
  }

  private String body(Map<String, String> fields) {
    return json.writeValueAsString(fields);
  }

  private static Document page(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  /** A name no other test (or earlier run on the same database) has used. */
  static String uniqueName(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + PEOPLE.incrementAndGet();
  }
}
