package org.follicle.community;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.account.TestMailbox;
import org.follicle.account.TestSignIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the community's MockMvc tests share: readers signed in with their own session, JSON and page
 * requests, and the notifications an account received.
 */
abstract class CommunityHttpTests {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  /** A confirmed account, signed in through the API. */
  record Person(long id, String name, Cookie session) {}

  Person person(String prefix, Role... roles) throws Exception {
    String name = unique(prefix);
    long id = TestSignIn.account(accounts, name, roles);
    return new Person(id, name, TestSignIn.session(mvc, name));
  }

  RequestBuilder api(MockHttpServletRequestBuilder request, Map<String, ?> body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
  }

  JsonNode getJson(String path) throws Exception {
    return json.readTree(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  JsonNode getJson(String path, Cookie session) throws Exception {
    return json.readTree(
        mvc.perform(get(path).cookie(session))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  Document page(RequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8));
  }

  /** Posts in the channel through the API; returns the new post's id. */
  long createPost(Person author, String slug, String title, String body, Long... studies)
      throws Exception {
    String created =
        mvc.perform(
                api(
                    post("/api/community/channels/" + slug + "/posts").cookie(author.session()),
                    Map.of("title", title, "body", body, "studies", List.of(studies))))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(created).get("id").asLong();
  }

  List<String> notifications(Person person, String kind) {
    return jdbc.queryForList(
        "select link from notification where account_id = ? and kind = ? order by id",
        String.class,
        person.id(),
        kind);
  }

  static String unique(String prefix) {
    return prefix + NAMES.incrementAndGet() + "x" + (System.nanoTime() % 100000);
  }
}
