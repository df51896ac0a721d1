package org.follicle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.TestMailbox;
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
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Notifications in the app, through the API and by mail. */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Accounts accounts;
  @Autowired Notifications notifications;
  @Autowired TransactionTemplate transactions;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @Test
  void listsNotificationsNewestFirstPageByPageAndMarksThemRead() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    for (int i = 1; i <= 3; i++) {
      notifications.notify(ana.id(), "test", "News " + i, "/requests/" + i);
    }
    notifications.notify(ben.id(), "test", "Not for Ana", "/requests/9");

    JsonNode first = list(ana, "/api/notifications?limit=2");
    assertThat(first.get("unread").asInt()).isEqualTo(3);
    assertThat(first.get("items").findValuesAsString("title")).containsExactly("News 3", "News 2");
    String next = first.get("next").asString();
    mvc.perform(get("/api/notifications?limit=2").cookie(ana.session()))
        .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("cursor=" + next)));
    JsonNode second = list(ana, "/api/notifications?limit=2&cursor=" + next);
    assertThat(second.get("items").findValuesAsString("title")).containsExactly("News 1");
    assertThat(second.get("next").isNull()).isTrue();

    long oldest = second.get("items").get(0).get("id").asLong();
    mvc.perform(
            post("/api/notifications/" + oldest + "/read")
                .cookie(ana.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.readAt").isNotEmpty());
    assertThat(list(ana, "/api/notifications").get("unread").asInt()).isEqualTo(2);

    long bens = list(ben, "/api/notifications").get("items").get(0).get("id").asLong();
    mvc.perform(
            post("/api/notifications/" + bens + "/read")
                .cookie(ana.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound());
    mvc.perform(
            post("/api/notifications/read")
                .cookie(ana.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.marked").value(2));
    assertThat(list(ana, "/api/notifications").get("unread").asInt()).isZero();
    assertThat(list(ben, "/api/notifications").get("unread").asInt()).isEqualTo(1);
    mvc.perform(get("/api/notifications?cursor=nonsense").cookie(ana.session()))
        .andExpect(status().isBadRequest());
  }

  @Test
  void eachNotificationIsMailedWithItsLink() throws Exception {
    Person ana = person("mailed");
    notifications.notify(ana.id(), "test", "Ben answered your request", "/requests/42");
    var mails = TestMailbox.mailsTo(ana.email());
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo("Follicle: Ben answered your request");
    assertThat(TestMailbox.text(mails.get(0)))
        .contains("Hello " + ana.name())
        .containsPattern("http://localhost(:8080)?/requests/42");
  }

  @Test
  void aRolledBackWriteNeitherStoresNorMailsItsNotification() throws Exception {
    Person ana = person("rolledback");
    transactions.executeWithoutResult(
        status -> {
          notifications.notify(ana.id(), "test", "Never happened", "/requests/1");
          status.setRollbackOnly();
        });
    assertThat(TestMailbox.mailsTo(ana.email())).isEmpty();
    assertThat(list(ana, "/api/notifications").get("items")).isEmpty();
  }

  @Test
  void theHeaderCountsUnreadNotificationsAndThePageOpensThem() throws Exception {
    Person ana = person("header");
    Document none = page(ana, "/notifications");
    assertThat(none.select(".nav-notifications").text()).isEqualTo("Notifications");
    notifications.notify(ana.id(), "test", "Ben <b>answered</b>", "/requests/7");
    notifications.notify(ana.id(), "test", "Cleo answered", "/requests/8");

    Document page = page(ana, "/notifications");
    assertThat(page.select(".nav-notifications .nav-unread").text()).isEqualTo("2");
    assertThat(page.select(".notification-new button").eachText())
        .containsExactly("Cleo answered", "Ben <b>answered</b>");
    assertThat(page.select(".notification form input[name=_csrf]")).hasSize(2);
    assertThat(
            Jsoup.parse(mvc.perform(get("/topics")).andReturn().getResponse().getContentAsString())
                .select(".nav-notifications"))
        .isEmpty();

    long ben = list(ana, "/api/notifications").get("items").get(1).get("id").asLong();
    mvc.perform(post("/notifications/" + ben + "/open").cookie(ana.session()))
        .andExpect(status().isForbidden());
    mvc.perform(post("/notifications/" + ben + "/open").cookie(ana.session()).with(csrf()))
        .andExpect(redirectedUrl("/requests/7"));
    assertThat(page(ana, "/notifications").select(".nav-unread").text()).isEqualTo("1");
    mvc.perform(post("/notifications/read").cookie(ana.session()).with(csrf()))
        .andExpect(redirectedUrl("/notifications"));
    assertThat(page(ana, "/notifications").select(".nav-unread")).isEmpty();
  }

  @Test
  void notificationsNeedSignIn() throws Exception {
    mvc.perform(get("/api/notifications")).andExpect(status().isUnauthorized());
    mvc.perform(get("/notifications")).andExpect(redirectedUrl("/signin"));
    mvc.perform(post("/api/notifications/read").contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isUnauthorized());
  }

  private record Person(long id, String name, String email, Cookie session) {}

  private Person person(String prefix) throws Exception {
    String name = prefix + "-" + Long.toString(System.nanoTime(), 36) + NAMES.incrementAndGet();
    String email = name + "@example.org";
    long id = accounts.createConfirmed(name, email, PASSWORD, Set.of()).id();
    Cookie session =
        mvc.perform(
                post("/api/auth/signin")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        json.writeValueAsString(Map.of("username", name, "password", PASSWORD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    return new Person(id, name, email, session);
  }

  private JsonNode list(Person person, String path) throws Exception {
    return json.readTree(
        mvc.perform(get(path).cookie(person.session()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Document page(Person person, String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path).cookie(person.session()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
