package org.follicle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Error pages as a browser gets them from the real server, container error dispatch included. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPageTests {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void unknownAddressesGetA404PageThatSaysWhatWasMissing() throws Exception {
    for (String path :
        List.of(
            "/papers/424242",
            "/doi/10.1234/nothing-here",
            "/pmid/999999",
            "/authors/5",
            "/topics/none",
            "/no/such/page")) {
      HttpResponse<String> response = fetch(path, "text/html");

      assertThat(response.statusCode()).as(path).isEqualTo(404);
      Document page = Jsoup.parse(response.body());
      assertThat(page.select("h1").text()).as(path).isEqualTo("We could not find that page");
      assertThat(page.select("header nav a").eachText()).as(path).contains("Studies");
    }
    assertThat(Jsoup.parse(fetch("/papers/424242", "text/html").body()).select(".lead").text())
        .isEqualTo("No paper has id 424242");
  }

  @Test
  void theApiExplorerTheHeaderLinksLoadsWithItsScripts() throws Exception {
    HttpResponse<String> page = fetch("/swagger-ui/index.html", "text/html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui-bundle.js");
    assertThat(fetch("/swagger-ui/swagger-ui-bundle.js", "*/*").statusCode()).isEqualTo(200);
    assertThat(fetch("/swagger-ui/swagger-initializer.js", "*/*").body()).contains("/v3/api-docs");
  }

  @Test
  void malformedIdentifiersGetA400PageNamingTheReason() throws Exception {
    HttpResponse<String> response = fetch("/doi/10.12/short", "text/html");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(response.body()).select(".lead").text())
        .contains("'10.12/short' is not a DOI");
  }

  @Test
  void apiErrorsAreProblemJsonOverRealHttp() throws Exception {
    HttpResponse<String> response = fetch("/api/papers/424242", "application/json");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"detail\":\"No paper has id 424242\"");
  }

  @Test
  void unknownApiAddressesAreProblemJsonButUnknownPagesAreHtml() throws Exception {
    HttpResponse<String> api = fetch("/api/no-such-endpoint", "application/json");
    HttpResponse<String> page = fetch("/no-such-page", "text/html");

    assertThat(api.statusCode()).isEqualTo(404);
    assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(api.body()).contains("No API endpoint at /api/no-such-endpoint");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
  }

  private HttpResponse<String> fetch(String path, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
