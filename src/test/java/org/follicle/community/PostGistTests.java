package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** A post's gist is stored when it is written and edited, and filled in for older posts. */
@SpringBootTest
@AutoConfigureMockMvc
class PostGistTests extends CommunityHttpTests {

  @Autowired PostBackfill backfill;

  @Test
  void storesTheGistOnWritingAndEditingAndFillsItInForOlderPosts() throws Exception {
    Person ana = person("gist-ana");
    long post =
        createPost(ana, "chat", "Shedding after a fever", "**Three months** after a fever I shed.");
    assertThat(storedGist(post)).isEqualTo("Three months after a fever I shed.");

    mvc.perform(
            api(
                put("/api/community/posts/" + post).cookie(ana.session()),
                Map.of(
                    "title",
                    "Shedding",
                    "body",
                    "It *stopped* by month six.",
                    "studies",
                    List.of())))
        .andExpect(status().isOk());
    assertThat(storedGist(post)).isEqualTo("It stopped by month six.");
    assertThat(getJson("/api/community/posts/" + post).get("post").get("gist").asString())
        .isEqualTo("It stopped by month six.");

    jdbc.update("update community_post set gist = null where id = ?", post);
    assertThat(getJson("/api/community/posts/" + post).get("post").get("gist").asString())
        .isEqualTo("It stopped by month six.");
    backfill.run();
    assertThat(storedGist(post)).isEqualTo("It stopped by month six.");
  }

  private String storedGist(long post) {
    return jdbc.queryForObject("select gist from community_post where id = ?", String.class, post);
  }
}
