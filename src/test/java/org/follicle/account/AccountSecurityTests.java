package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an attacker tries: writing without signing in, using a role they lack, posting a form from
 * another site (no CSRF token, or a non-JSON body to the API), storing script in a profile, and
 * guessing passwords or opening accounts in bulk.
 */
// The sign-in limits of application.properties, which the test profile raises.
@SpringBootTest(
    properties = {
      "follicle.rate-limits.signin-failures.limit=10",
      "follicle.rate-limits.signin-failures.window=10m",
      "follicle.rate-limits.signup.limit=3",
      "follicle.rate-limits.signup.window=1h"
    })
@AutoConfigureMockMvc
class AccountSecurityTests {

  private static final String PASSWORD = "correct horse battery";
  private static final RequestPostProcessor ADMIN_TOKEN = httpBasic("admin", "test-admin-token");

  /** Filter-evasion vectors from the OWASP XSS cheat sheet, plus attribute break-outs. */
  static final List<String> XSS_VECTORS =
      List.of(
          "<script>alert('XSS')</script>",
          "<IMG SRC=\"javascript:alert('XSS');\">",
          "<IMG SRC=javascript:alert('XSS')>",
          "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
          "<IMG SRC=# onmouseover=\"alert('xxs')\">",
          "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114"
              + "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116"
              + "&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
          "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
          "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
          "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
          "<svg/onload=alert('XSS')>",
          "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
          "\"><script>alert(1)</script>",
          "'><img src=x onerror=alert(1)>",
          "<a href=\"javascript:alert(1)\">click</a>",
          "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
          "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
          "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
          "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
          "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
          "</textarea><script>alert(1)</script>",
          "javascript:/*--></title></style></textarea></script><svg/onload='+/\"/+/onmouseover=1/"
              + "+/[*/[]/+alert(1)//'>");

  private static final java.util.concurrent.atomic.AtomicLong ADDRESSES =
      new java.util.concurrent.atomic.AtomicLong(new java.util.Random().nextInt(1 << 23));

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;

  @Test
  void writesWithoutSigningInAreRefusedWith401ProblemsOnTheApiAndTheSignInPageOnPages()
      throws Exception {
    List<MockHttpServletRequestBuilder> apiWrites =
        List.of(
            json(put("/api/account/profile"), Map.of("bio", "x")),
            json(delete("/api/account"), Map.of("password", PASSWORD)),
            json(put("/api/admin/users/someone/roles"), Map.of("roles", List.of("admin"))),
            json(put("/api/papers/1/summary"), Map.of("tldr", "A sentence.")));
    for (MockHttpServletRequestBuilder write : apiWrites) {
      mvc.perform(write)
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(header().doesNotExist("Location"));
    }
    mvc.perform(
            multipart("/api/imports")
                .file(new MockMultipartFile("file", "x.ris", null, new byte[1])))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/api/account")).andExpect(status().isUnauthorized());

    // A browser's form post (it accepts HTML) is sent to the sign-in page.
    mvc.perform(post("/account/profile").param("bio", "x").with(csrf()).accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/signin"));
    mvc.perform(
            post("/admin/users/someone/roles")
                .param("role", "admin")
                .with(csrf())
                .accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/signin"));
    // Any write anywhere needs someone signed in, even where no page takes it yet.
    mvc.perform(post("/papers/1").with(csrf()).accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/signin"));
  }

  @Test
  void rolesAreCheckedOnEveryAdminWriteAndAGrantTakesEffectAtTheNextSignIn() throws Exception {
    String reader = account("reader");
    Cookie readerSession = signIn(reader);
    mvc.perform(get("/admin/users").cookie(readerSession)).andExpect(status().isForbidden());
    mvc.perform(get("/admin/imports").cookie(readerSession)).andExpect(status().isForbidden());
    mvc.perform(get("/api/admin/users").cookie(readerSession))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            json(put("/api/admin/users/" + reader + "/roles"), Map.of("roles", List.of("admin")))
                .cookie(readerSession))
        .andExpect(status().isForbidden());
    mvc.perform(
            json(put("/api/papers/1/summary"), Map.of("tldr", "A sentence.")).cookie(readerSession))
        .andExpect(status().isForbidden());

    // A moderator is still no admin.
    String moderator = account("moderator");
    mvc.perform(
            json(
                    put("/api/admin/users/" + moderator + "/roles"),
                    Map.of("roles", List.of("moderator")))
                .with(ADMIN_TOKEN))
        .andExpect(status().isOk());
    mvc.perform(get("/api/admin/users").cookie(signIn(moderator)))
        .andExpect(status().isForbidden());

    // The admin token grants the admin role; the old session ends, the next one has it.
    mvc.perform(
            json(put("/api/admin/users/" + reader + "/roles"), Map.of("roles", List.of("admin")))
                .with(ADMIN_TOKEN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.roles[*].role", Matchers.containsInAnyOrder("reader", "admin")));
    mvc.perform(get("/api/account").cookie(readerSession)).andExpect(status().isUnauthorized());
    Cookie adminSession = signIn(reader);
    mvc.perform(get("/admin/imports").cookie(adminSession)).andExpect(status().isOk());
    mvc.perform(get("/admin/users").cookie(adminSession)).andExpect(status().isOk());
    // Other classes' accounts share the database, so the list's first page need not hold this one.
    mvc.perform(get("/api/admin/users?limit=200").cookie(adminSession))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items").isNotEmpty());
    mvc.perform(
            post("/admin/users/" + moderator + "/roles")
                .param("role", "VERIFIED_AUTHOR")
                .cookie(adminSession)
                .with(csrf()))
        .andExpect(redirectedUrl("/admin/users"));
    List<String> roles = new java.util.ArrayList<>();
    listedUser(moderator).get("roles").forEach(role -> roles.add(role.get("role").asString()));
    assertThat(roles).containsExactlyInAnyOrder("reader", "verified_author");
    mvc.perform(
            json(put("/api/admin/users/" + reader + "/roles"), Map.of("roles", List.of()))
                .cookie(adminSession))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("Admins cannot take the admin role from themselves"));
  }

  @Test
  void aFormWithoutItsCsrfTokenAndAnApiWriteWithoutJsonAreRefused() throws Exception {
    String name = account("csrf");
    Cookie session = signIn(name);
    mvc.perform(post("/account/profile").param("bio", "from another site").cookie(session))
        .andExpect(status().isForbidden());
    mvc.perform(post("/account/delete").param("password", PASSWORD).cookie(session))
        .andExpect(status().isForbidden());
    mvc.perform(post("/signout").cookie(session)).andExpect(status().isForbidden());
    mvc.perform(post("/signin").param("username", name).param("password", PASSWORD))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/signup")
                .param("username", "nocsrf")
                .param("email", "nocsrf@example.org")
                .param("password", PASSWORD))
        .andExpect(status().isForbidden());

    // What a cross-site form can send to the API: form-encoded, multipart or text/plain bodies.
    mvc.perform(
            put("/api/account/profile")
                .cookie(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("bio=from+another+site"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            post("/api/auth/signin")
                .contentType(MediaType.TEXT_PLAIN)
                .content("{\"username\":\"" + name + "\",\"password\":\"" + PASSWORD + "\"}"))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(
            multipart("/api/imports")
                .file(new MockMultipartFile("file", "x.ris", null, new byte[1]))
                .cookie(signInAsAdminTokenSession()))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(get("/api/account").cookie(session))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.bio").doesNotExist());
  }

  @Test
  void xssVectorsInADisplayNameOrBioAreShownAsTextOnEveryPage() throws Exception {
    String name = account("xss");
    Cookie session = signIn(name);
    for (String vector : XSS_VECTORS) {
      String displayName = vector.length() <= 80 ? vector : vector.substring(0, 80);
      mvc.perform(
              json(put("/api/account/profile"), Map.of("displayName", displayName, "bio", vector))
                  .cookie(session))
          .andExpect(status().isOk());

      Document profile =
          page(mvc.perform(get("/users/" + name)).andReturn().getResponse().getContentAsString());
      assertThat(profile.select("h1.profile-name").text()).isEqualTo(displayName.strip());
      assertThat(profile.select(".bio").text()).isEqualTo(vector);
      assertInert(profile, vector);

      Document own =
          page(
              mvc.perform(get("/account").cookie(session))
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      assertThat(own.select("#displayName").val()).isEqualTo(displayName);
      assertThat(own.select("#bio").text()).isEqualTo(vector);
      assertInert(own, vector);

      Document admin =
          page(
              mvc.perform(get("/admin/users").with(ADMIN_TOKEN))
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      assertInert(admin, vector);
    }
    mvc.perform(get("/users/" + name))
        .andExpect(
            header()
                .string(
                    "Content-Security-Policy",
                    Matchers.containsString("script-src 'self'; style-src 'self'")));
  }

  @Test
  void aBurstOfFailedSignInsFromOneAddressIsThrottledAfterTen() throws Exception {
    RequestPostProcessor from = address(freshAddress());
    for (int attempt = 1; attempt <= 10; attempt++) {
      mvc.perform(apiSignIn(AccountFlowTests.uniqueName("ghost"), "guess " + attempt).with(from))
          .andExpect(status().isUnauthorized())
          .andExpect(
              header()
                  .string(
                      "RateLimit",
                      Matchers.startsWith("\"signin-failures\";r=" + (10 - attempt) + ";")));
    }
    mvc.perform(apiSignIn(AccountFlowTests.uniqueName("ghost"), "guess 11").with(from))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("RateLimit-Policy", "\"signin-failures\";q=10;w=600"))
        .andExpect(header().string("RateLimit", Matchers.startsWith("\"signin-failures\";r=0;t=")))
        .andExpect(header().exists("Retry-After"));
    // The right password of a real account is not even checked from that address now.
    String name = account("victim-ip");
    mvc.perform(apiSignIn(name, PASSWORD).with(from)).andExpect(status().isTooManyRequests());
    mvc.perform(
            post("/signin")
                .param("username", name)
                .param("password", PASSWORD)
                .with(csrf())
                .with(from))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().exists("Retry-After"))
        .andExpect(forwardedUrl("/signin/throttled"));
    mvc.perform(get("/api/account").with(httpBasic(name, PASSWORD)).with(from))
        .andExpect(status().isTooManyRequests());
    // Other addresses are not held up.
    mvc.perform(apiSignIn(name, PASSWORD).with(address(freshAddress()))).andExpect(status().isOk());
  }

  @Test
  void aBurstOfWrongApiTokensFromOneAddressIsThrottledAfterTen() throws Exception {
    String name = account("token-owner");
    String secret =
        json.readTree(
                mvc.perform(
                        json(post("/api/account/tokens"), Map.of("name", "throttled"))
                            .with(httpBasic(name, PASSWORD)))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .get("secret")
            .asString();
    RequestPostProcessor from = address(freshAddress());
    for (int attempt = 1; attempt <= 10; attempt++) {
      mvc.perform(get("/api/account").with(ApiTokenTests.bearer("fl_guess" + attempt)).with(from))
          .andExpect(status().isUnauthorized())
          .andExpect(
              header()
                  .string(
                      "RateLimit",
                      Matchers.startsWith("\"signin-failures\";r=" + (10 - attempt) + ";")));
    }
    mvc.perform(get("/api/account").with(ApiTokenTests.bearer("fl_guess11")).with(from))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().exists("Retry-After"));
    // Not even the right token is checked from that address now; elsewhere it works.
    mvc.perform(get("/api/account").with(ApiTokenTests.bearer(secret)).with(from))
        .andExpect(status().isTooManyRequests());
    mvc.perform(
            get("/api/account").with(ApiTokenTests.bearer(secret)).with(address(freshAddress())))
        .andExpect(status().isOk());
  }

  @Test
  void guessingOneAccountsPasswordFromManyAddressesIsThrottledForThatNameExistingOrNot()
      throws Exception {
    String name = account("victim-name");
    for (String target : List.of(name, "nobody-" + name)) {
      for (int attempt = 1; attempt <= 10; attempt++) {
        mvc.perform(apiSignIn(target, "guess " + attempt).with(address(freshAddress())))
            .andExpect(status().isUnauthorized());
      }
      mvc.perform(apiSignIn(target, "guess 11").with(address(freshAddress())))
          .andExpect(status().isTooManyRequests());
    }
    mvc.perform(apiSignIn(name, PASSWORD).with(address(freshAddress())))
        .andExpect(status().isTooManyRequests());
  }

  @Test
  void successfulSignInsDoNotCountAsFailures() throws Exception {
    String name = account("regular");
    RequestPostProcessor from = address(freshAddress());
    for (int attempt = 1; attempt <= 12; attempt++) {
      mvc.perform(apiSignIn(name, PASSWORD).with(from)).andExpect(status().isOk());
    }
  }

  @Test
  void signUpsFromOneAddressAreLimitedAndSayHowManyAreLeft() throws Exception {
    RequestPostProcessor from = address(freshAddress());
    for (int left = 2; left >= 0; left--) {
      String name = AccountFlowTests.uniqueName("bulk");
      mvc.perform(
              json(
                      post("/api/auth/signup"),
                      Map.of(
                          "username", name, "email", name + "@example.org", "password", PASSWORD))
                  .with(from))
          .andExpect(status().isAccepted())
          .andExpect(header().string("RateLimit-Policy", "\"signup\";q=3;w=3600"))
          .andExpect(
              header().string("RateLimit", Matchers.startsWith("\"signup\";r=" + left + ";")));
    }
    mvc.perform(
            json(
                    post("/api/auth/signup"),
                    Map.of(
                        "username",
                        "bulk-four",
                        "email",
                        "bulk4@example.org",
                        "password",
                        PASSWORD))
                .with(from))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().exists("Retry-After"));
    mvc.perform(
            post("/signup")
                .param("username", AccountFlowTests.uniqueName("bulk"))
                .param("email", AccountFlowTests.uniqueName("bulk") + "@example.org")
                .param("password", PASSWORD)
                .with(csrf())
                .with(from))
        .andExpect(status().isTooManyRequests());
  }

  /** No script runs: no script elements but the layout's own, no handlers, no script URLs. */
  private static void assertInert(Document page, String vector) {
    assertThat(page.select("script").eachAttr("src"))
        .as("scripts on the page with " + vector)
        .containsExactly("/js/search-suggest.js");
    assertThat(
            page.select("iframe, object, embed, svg, style, meta[http-equiv], img, body[onload]"))
        .as("elements injected by " + vector)
        .isEmpty();
    for (Element element : page.getAllElements()) {
      element
          .attributes()
          .forEach(
              attribute -> {
                assertThat(attribute.getKey())
                    .as("attribute from " + vector)
                    .doesNotStartWith("on");
                if (Set.of("href", "src", "action", "background", "data")
                    .contains(attribute.getKey())) {
                  assertThat(attribute.getValue().strip().toLowerCase())
                      .as("URL from " + vector)
                      .doesNotStartWith("javascript:");
                }
              });
    }
  }

  private String account(String prefix) {
    String name = AccountFlowTests.uniqueName(prefix);
    accounts.createConfirmed(name, name + "@example.org", PASSWORD, Set.of());
    return name;
  }

  private Cookie signIn(String name) throws Exception {
    return mvc.perform(apiSignIn(name, PASSWORD))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private Cookie signInAsAdminTokenSession() throws Exception {
    return mvc.perform(
            post("/signin")
                .param("username", "admin")
                .param("password", "test-admin-token")
                .with(csrf()))
        .andExpect(status().is3xxRedirection())
        .andReturn()
        .getResponse()
        .getCookie("SESSION");
  }

  private MockHttpServletRequestBuilder apiSignIn(String name, String password) {
    return json(post("/api/auth/signin"), Map.of("username", name, "password", password));
  }

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
  }

  /**
   * An address no earlier test (or run on the same database) has signed in from: limits count per
   * address for ten minutes.
   */
  static String freshAddress() {
    long n = ADDRESSES.incrementAndGet();
    return "10.%d.%d.%d".formatted((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  }

  private static RequestPostProcessor address(String ip) {
    return request -> {
      request.setRemoteAddr(ip);
      return request;
    };
  }

  private static Document page(String html) {
    return Jsoup.parse(html);
  }

  /** The user as the admin's list shows it, paging through every account other classes made. */
  private JsonNode listedUser(String username) throws Exception {
    String cursor = "";
    while (cursor != null) {
      JsonNode page =
          json.readTree(
              mvc.perform(
                      get("/api/admin/users")
                          .param("limit", "200")
                          .param("cursor", cursor)
                          .with(ADMIN_TOKEN))
                  .andExpect(status().isOk())
                  .andReturn()
                  .getResponse()
                  .getContentAsString());
      for (JsonNode user : page.get("items")) {
        if (username.equals(user.get("username").asString())) {
          return user;
        }
      }
      cursor = page.hasNonNull("next") ? page.get("next").asString() : null;
    }
    throw new AssertionError(username + " is not in the admin's list of users");
  }
}
