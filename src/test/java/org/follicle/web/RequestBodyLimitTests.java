package org.follicle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Too large a write, sent to the real server, is refused with a message that says so. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestBodyLimitTests {

  private static final int TEN_MB = 10 * 1024 * 1024;

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTenMegabyteFormGetsA413PageSayingTheBodyIsOverTheLimit() throws Exception {
    String form = "title=Too+long&body=" + "a".repeat(TEN_MB) + "&_csrf=whatever";

    HttpResponse<String> response =
        post("/community/research/posts", "application/x-www-form-urlencoded", form, "text/html");

    assertThat(response.statusCode()).isEqualTo(413);
    String lead = Jsoup.parse(response.body()).select(".lead").text();
    assertThat(lead)
        .contains("The request body is 10,485,", "over the limit of 1,048,576 bytes (1 MB)")
        .doesNotContain("empty");
  }

  @Test
  void aTenMegabyteJsonPostGetsA413ProblemSayingTheBodyIsOverTheLimit() throws Exception {
    String json = "{\"title\":\"Too long\",\"body\":\"" + "a".repeat(TEN_MB) + "\"}";

    HttpResponse<String> response =
        post(
            "/api/community/channels/research/posts", "application/json", json, "application/json");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/problem+json");
    assertThat(response.body())
        .contains("\"status\":413", "over the limit of 1,048,576 bytes (1 MB)")
        .contains("\"instance\":\"/api/community/channels/research/posts\"");
  }

  @Test
  void aBodyWithinTheLimitGoesOnToSignInAndTheForm() throws Exception {
    String json = "{\"title\":\"Short\",\"body\":\"" + "a".repeat(100_000) + "\"}";

    HttpResponse<String> response =
        post(
            "/api/community/channels/research/posts", "application/json", json, "application/json");

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void theLimitIsWrittenInBytesAndInWholeUnits() {
    assertThat(
            RequestBodyLimit.detail(
                2_000_000, org.springframework.util.unit.DataSize.ofKilobytes(512)))
        .startsWith(
            "The request body is 2,000,000 bytes, over the limit of 524,288 bytes (512 KB)");
  }

  private HttpResponse<String> post(String path, String type, String body, String accept)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", type)
            .header("Accept", accept)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
