package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.follicle.FollicleApplication;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, each with its own HTTP server: failed sign-ins counted on
 * one are counted on the other, and a session opened on one is good on the other.
 */
class SharedRateLimitTests {

  private static final String PASSWORD = "correct horse battery";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static ConfigurableApplicationContext nodeA;
  private static ConfigurableApplicationContext nodeB;

  @BeforeAll
  static void startTwoNodes() {
    nodeA = node();
    nodeB = node();
  }

  @AfterAll
  static void stopNodes() {
    for (ConfigurableApplicationContext node :
        new ConfigurableApplicationContext[] {nodeA, nodeB}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  void failedSignInsForOneNameOnTwoNodesAddUpToOneLimit() throws Exception {
    String name = account("shared-name");
    for (int attempt = 1; attempt <= 10; attempt++) {
      ConfigurableApplicationContext node = attempt % 2 == 0 ? nodeA : nodeB;
      assertThat(
              apiSignIn(node, name, "guess " + attempt, AccountSecurityTests.freshAddress())
                  .statusCode())
          .isEqualTo(401);
    }
    HttpResponse<String> throttled =
        apiSignIn(nodeA, name, PASSWORD, AccountSecurityTests.freshAddress());
    assertThat(throttled.statusCode()).isEqualTo(429);
    assertThat(throttled.headers().firstValue("RateLimit-Policy"))
        .hasValue("\"signin-failures\";q=10;w=600");
    assertThat(apiSignIn(nodeB, name, PASSWORD, AccountSecurityTests.freshAddress()).statusCode())
        .isEqualTo(429);

    // The sign-in form on the other node says so too, with 429.
    HttpResponse<String> form =
        formSignIn(nodeB, name, PASSWORD, AccountSecurityTests.freshAddress());
    assertThat(form.statusCode()).isEqualTo(429);
    assertThat(Jsoup.parse(form.body()).select("[role=alert]").text())
        .startsWith("Too many failed sign-ins. Try again in ");
  }

  @Test
  void failedSignInsFromOneAddressOnTwoNodesAddUpToOneLimit() throws Exception {
    String address = AccountSecurityTests.freshAddress();
    for (int attempt = 1; attempt <= 10; attempt++) {
      ConfigurableApplicationContext node = attempt % 2 == 0 ? nodeA : nodeB;
      assertThat(
              apiSignIn(node, AccountFlowTests.uniqueName("nobody"), "guess", address).statusCode())
          .isEqualTo(401);
    }
    assertThat(
            apiSignIn(nodeA, AccountFlowTests.uniqueName("nobody"), "guess", address).statusCode())
        .isEqualTo(429);
    assertThat(
            apiSignIn(nodeB, AccountFlowTests.uniqueName("nobody"), "guess", address).statusCode())
        .isEqualTo(429);
  }

  @Test
  void aSessionOpenedOnOneNodeIsGoodOnTheOther() throws Exception {
    String name = account("shared-session");
    HttpResponse<String> signedIn =
        apiSignIn(nodeA, name, PASSWORD, AccountSecurityTests.freshAddress());
    assertThat(signedIn.statusCode()).isEqualTo(200);
    String session = cookie(signedIn, "SESSION");

    HttpResponse<String> account =
        HTTP.send(
            HttpRequest.newBuilder(uri(nodeB, "/api/account")).header("Cookie", session).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(account.statusCode()).isEqualTo(200);
    assertThat(account.body()).contains("\"username\":\"" + name + "\"");
  }

  private static ConfigurableApplicationContext node() {
    return new SpringApplicationBuilder(FollicleApplication.class)
        .run(
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--follicle.rate-limits.signin-failures.limit=10",
            "--follicle.rate-limits.signin-failures.window=10m");
  }

  private static String account(String prefix) {
    String name = AccountFlowTests.uniqueName(prefix);
    nodeA.getBean(Accounts.class).createConfirmed(name, name + "@example.org", PASSWORD, Set.of());
    return name;
  }

  /**
   * A JSON sign-in, as if from the address (the nodes trust X-Forwarded-For, as behind a proxy).
   */
  private static HttpResponse<String> apiSignIn(
      ConfigurableApplicationContext node, String name, String password, String from)
      throws IOException, InterruptedException {
    String body = "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(name, password);
    return HTTP.send(
        HttpRequest.newBuilder(uri(node, "/api/auth/signin"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", from)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> formSignIn(
      ConfigurableApplicationContext node, String name, String password, String from)
      throws IOException, InterruptedException {
    HttpResponse<String> page =
        HTTP.send(
            HttpRequest.newBuilder(uri(node, "/signin")).build(),
            HttpResponse.BodyHandlers.ofString());
    String csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").val();
    String form =
        "username=%s&password=%s&_csrf=%s".formatted(encode(name), encode(password), encode(csrf));
    return HTTP.send(
        HttpRequest.newBuilder(uri(node, "/signin"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie(page, "SESSION"))
            .header("X-Forwarded-For", from)
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String cookie(HttpResponse<?> response, String name) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(name + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
  }

  private static URI uri(ConfigurableApplicationContext node, String path) {
    int port = ((WebServerApplicationContext) node).getWebServer().getPort();
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
