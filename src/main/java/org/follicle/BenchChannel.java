package org.follicle;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The channel the page benchmark reads: made, and filled with posts that link studies, through the
 * app's own API as an admin would, so its rows are what real use leaves behind.
 */
final class BenchChannel {

  static final String SLUG = "bench";

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final JsonMapper json = JsonMapper.builder().build();
  private final URI base;
  private final String authorization;

  BenchChannel(URI base, String username, String password) {
    this.base = base;
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Makes the channel unless it exists and posts in it until it holds {@code posts}. */
  long fill(int posts, List<Long> studies, RandomGenerator random)
      throws IOException, InterruptedException {
    HttpResponse<String> channel = get("/api/community/channels/" + SLUG);
    long held = 0;
    if (channel.statusCode() == 404) {
      send(
          "/api/community/channels",
          Map.of(
              "slug",
              SLUG,
              "name",
              "Benchmark",
              "description",
              "Posts written by bench page to measure the channel page."));
    } else {
      held = json.readTree(checked(channel).body()).path("posts").asLong();
    }
    for (long n = held + 1; n <= posts; n++) {
      long study = studies.get(random.nextInt(studies.size()));
      send("/api/community/channels/" + SLUG + "/posts", post(n, study));
    }
    return Math.max(held, posts);
  }

  private static Map<String, Object> post(long n, long study) {
    String body =
        """
        Benchmark post %d. It links study %d and says, in **Markdown**, what a reader found in it:

        - the design and the number of participants,
        - what changed in hair counts, and by when,
        - what the authors did *not* measure.

        A second paragraph, so the gist has more than one sentence to choose from. \
        It has a [link](/papers/%d) back to the study.
        """
            .formatted(n, study, study);
    return Map.of("title", "Benchmark post " + n, "body", body, "studies", List.of(study));
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).header("Authorization", authorization).build(),
        BodyHandlers.ofString());
  }

  private void send(String path, Map<String, Object> body)
      throws IOException, InterruptedException {
    checked(
        http.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build(),
            BodyHandlers.ofString()));
  }

  private static HttpResponse<String> checked(HttpResponse<String> response) throws IOException {
    if (response.statusCode() >= 300) {
      throw new IOException(
          "%s %s answered %d: %s"
              .formatted(
                  response.request().method(),
                  response.request().uri(),
                  response.statusCode(),
                  response.body()));
    }
    return response;
  }
}
