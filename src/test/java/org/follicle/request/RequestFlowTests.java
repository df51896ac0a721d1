package org.follicle.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Message;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.TestMailbox;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asking for resources, answering, following and the status of requests, on the pages and through
 * the API, with real mail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RequestFlowTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Catalog catalog;
  @Autowired Accounts accounts;
  @Autowired RequestStatistics statistics;

  private long paperId;

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    TestMailbox.smtp(registry);
  }

  @BeforeEach
  void storeAPaper() {
    String doi = "10.5555/request-" + unique("paper");
    catalog.upsert(
        PaperRecord.builder()
            .title("Topical minoxidil in women: " + doi)
            .doi(Doi.parse(doi))
            .author(new PaperRecord.Author("Lima", "Ana", null, null, "Clinic of Hair, Porto."))
            .build());
    paperId = catalog.idByDoi(Doi.parse(doi)).orElseThrow();
  }

  @Test
  void asksOnThePaperPageAndSeesTheRequestWithItsStatus() throws Exception {
    Person asker = person("asker");
    Document paper = page(get("/papers/" + paperId).cookie(asker.session()));
    assertThat(paper.select("form#ask-resources select[name=kind] option").eachAttr("value"))
        .containsExactly("data", "code", "protocol", "full-text", "other");
    assertThat(paper.select("form#ask-resources textarea[name=message]")).hasSize(1);
    assertThat(paper.select("form#ask-resources input[name=_csrf]")).hasSize(1);

    mvc.perform(
            post("/papers/" + paperId + "/requests")
                .cookie(asker.session())
                .param("kind", "code")
                .param("message", "Could you share the **analysis scripts**?"))
        .andExpect(status().isForbidden());
    String location =
        mvc.perform(
                post("/papers/" + paperId + "/requests")
                    .cookie(asker.session())
                    .param("kind", "code")
                    .param("message", "Could you share the **analysis scripts**?")
                    .with(csrf()))
            .andExpect(redirectedUrlPattern("/requests/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

    Document request = page(get(location));
    assertThat(request.select("h1").text()).isEqualTo("Code requested open");
    assertThat(request.select(".request-message strong").text()).isEqualTo("analysis scripts");
    assertThat(request.select(".request-meta").first().text())
        .startsWith("Asked by " + asker.name());

    Document anonymous = page(get("/papers/" + paperId));
    assertThat(anonymous.select(".requests .request-item .request-status").eachText())
        .containsExactly("open");
    assertThat(anonymous.select(".requests .request-item a").attr("href")).isEqualTo(location);
    assertThat(anonymous.select("form#ask-resources")).isEmpty();
    assertThat(page(get("/requests?status=open")).select("a[href=\"" + location + "\"]"))
        .hasSize(1);
    assertThat(page(get("/requests?status=declined")).select("a[href=\"" + location + "\"]"))
        .isEmpty();
  }

  @Test
  void answersReachTheAskerAndFollowersInTheAppAndByMailButNotTheAnswerer() throws Exception {
    Person asker = person("asker");
    Person follower = person("follower");
    Person answerer = person("answerer");
    MvcResult asked =
        mvc.perform(
                post("/api/papers/" + paperId + "/requests")
                    .cookie(asker.session())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(
                        body(Map.of("kind", "data", "message", "The raw hair counts, please."))))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("open"))
            .andExpect(jsonPath("$.kind").value("data"))
            .andExpect(jsonPath("$.asker").value(asker.name()))
            .andReturn();
    String location = asked.getResponse().getHeader("Location");
    long id = json.readTree(asked.getResponse().getContentAsString()).get("id").asLong();
    assertThat(location).isEqualTo("/api/requests/" + id);

    mvc.perform(
            post("/api/requests/" + id + "/follow")
                .cookie(follower.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNoContent());
    mvc.perform(get(location).cookie(follower.session()))
        .andExpect(jsonPath("$.following").value(true))
        .andExpect(jsonPath("$.followers").value(1));

    mvc.perform(
            post("/api/requests/" + id + "/answers")
                .cookie(answerer.session())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(
                        Map.of(
                            "text",
                            "They are in the supplement.",
                            "links",
                            List.of("https://example.org/supplement.xlsx")))))
        .andExpect(status().isCreated())
        .andExpect(
            header().string("Location", org.hamcrest.Matchers.startsWith(location + "/answers/")))
        .andExpect(jsonPath("$.author").value(false))
        .andExpect(jsonPath("$.links[0]").value("https://example.org/supplement.xlsx"));

    mvc.perform(get(location))
        .andExpect(jsonPath("$.request.status").value("open"))
        .andExpect(jsonPath("$.answers[0].answerer").value(answerer.name()))
        .andExpect(
            jsonPath("$.answers[0].textHtml")
                .value(org.hamcrest.Matchers.startsWith("<p>They are in the supplement.</p>")));

    for (Person told : List.of(asker, follower)) {
      JsonNode notifications = notifications(told);
      assertThat(notifications.get("unread").asInt()).isEqualTo(1);
      assertThat(notifications.get("items").get(0).get("title").asString())
          .startsWith(answerer.name() + " answered the request for data on “Topical minoxidil");
      assertThat(notifications.get("items").get(0).get("link").asString())
          .isEqualTo("/requests/" + id);
      List<Message> mails = TestMailbox.mailsTo(told.email());
      assertThat(mails).hasSize(1);
      assertThat(mails.get(0).getSubject())
          .startsWith("Follicle: " + answerer.name() + " answered");
      assertThat(TestMailbox.text(mails.get(0))).contains("http://localhost/requests/" + id);
    }
    assertThat(notifications(answerer).get("unread").asInt()).isZero();
    assertThat(TestMailbox.mailsTo(answerer.email())).isEmpty();

    mvc.perform(
            delete("/api/requests/" + id + "/follow")
                .cookie(follower.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNoContent());
    mvc.perform(get(location).cookie(follower.session()))
        .andExpect(jsonPath("$.following").value(false));
  }

  @Test
  void onlyTheAskerAcceptsAnAnswerAndNotTheirOwn() throws Exception {
    Person asker = person("asker");
    Person answerer = person("answerer");
    long id = ask(asker, "protocol", "The staining protocol?");
    long answer = answer(answerer, id, "Here it is: https://example.org/protocol");
    long ownAnswer = answer(asker, id, "Or maybe the methods section has it.");

    mvc.perform(changeStatus(answerer, id, Map.of("status", "answered", "answerId", answer)))
        .andExpect(status().isForbidden());
    mvc.perform(changeStatus(asker, id, Map.of("status", "answered", "answerId", ownAnswer)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answerId"));
    mvc.perform(changeStatus(asker, id, Map.of("status", "answered")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("answerId"));
    mvc.perform(changeStatus(asker, id, Map.of("status", "answered", "answerId", answer)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("answered"));
    mvc.perform(get("/api/requests/" + id))
        .andExpect(jsonPath("$.answers[0].accepted").value(true))
        .andExpect(jsonPath("$.answers[1].accepted").value(false));
    assertThat(notifications(answerer).get("items").get(0).get("title").asString())
        .isEqualTo(
            "The request for protocol on “"
                + catalog.paper(paperId).orElseThrow().record().title()
                + "” is now answered");
    Document page = page(get("/requests/" + id));
    assertThat(page.select(".request-status").first().text()).isEqualTo("answered");
    assertThat(page.select("#answer-" + answer + " .answer-accepted-badge").text())
        .isEqualTo("Accepted");
  }

  @Test
  void aVerifiedAuthorsAnswerIsMarkedAuthorAndAnswersTheRequest() throws Exception {
    Person asker = person("asker");
    Person author = person("author");
    verifyAsTheFirstAuthor(author);
    long id = ask(asker, "full-text", "Is there an open-access version?");
    long answer = answer(author, id, "Yes: the accepted manuscript is on our lab page.");

    mvc.perform(get("/api/requests/" + id))
        .andExpect(jsonPath("$.request.status").value("answered"))
        .andExpect(jsonPath("$.answers[0].author").value(true));
    Document page = page(get("/requests/" + id));
    assertThat(page.select("#answer-" + answer + " .answer-author").text()).isEqualTo("Author");
    assertThat(notifications(asker).get("items").get(0).get("title").asString())
        .startsWith("An author answered the request for full text");

    AnswerStatistics answered = statistics.forAccount(author.id());
    assertThat(answered.requestsAnswered()).isEqualTo(1);
    assertThat(answered.requests().get(0).requestId()).isEqualTo(id);
    assertThat(answered.requests().get(0).status()).isEqualTo("answered");
    assertThat(answered.medianHoursToAnswer()).isNotNull().isGreaterThanOrEqualTo(0.0);
    assertThat(statistics.forAccount(asker.id()).requestsAnswered())
        .as("answering one's own request does not count")
        .isZero();
    Document profile = page(get("/people/" + author.name()));
    assertThat(profile.select("#requests-answered .answer-statistics").text())
        .startsWith("1 request answered, median time to a first answer");
    assertThat(profile.select("#requests-answered a").attr("href")).isEqualTo("/requests/" + id);
  }

  @Test
  void theAskerOrAVerifiedAuthorDeclinesWithAReasonAndReopens() throws Exception {
    Person asker = person("asker");
    Person stranger = person("stranger");
    Person author = person("author");
    verifyAsTheFirstAuthor(author);
    long id = ask(asker, "data", "Individual participant data?");

    mvc.perform(changeStatus(stranger, id, Map.of("status", "declined", "reason", "No.")))
        .andExpect(status().isForbidden());
    mvc.perform(changeStatus(author, id, Map.of("status", "declined")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));
    mvc.perform(changeStatus(author, id, Map.of("status", "finished")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("status"));
    mvc.perform(
            changeStatus(
                author, id, Map.of("status", "declined", "reason", "The ethics board forbids it.")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("declined"))
        .andExpect(jsonPath("$.statusReason").value("The ethics board forbids it."));
    assertThat(notifications(asker).get("items").get(0).get("title").asString())
        .endsWith("is now declined");
    assertThat(page(get("/requests/" + id)).select(".request-declined").text())
        .isEqualTo("Declined: The ethics board forbids it.");

    mvc.perform(
            post("/requests/" + id + "/status")
                .cookie(asker.session())
                .param("status", "open")
                .with(csrf()))
        .andExpect(redirectedUrl("/requests/" + id));
    mvc.perform(get("/api/requests/" + id)).andExpect(jsonPath("$.request.status").value("open"));
    mvc.perform(
            post("/requests/" + id + "/status")
                .cookie(stranger.session())
                .param("status", "declined")
                .param("reason", "Spam")
                .with(csrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aFileAnswerComesBackAsADownloadAndATooLargeOneIsRefused() throws Exception {
    Person asker = person("asker");
    Person answerer = person("answerer");
    long id = ask(asker, "data", "The CSV?");
    byte[] html =
        "<html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);

    MvcResult uploaded =
        mvc.perform(
                multipart("/api/requests/" + id + "/answers/file")
                    .file(
                        new MockMultipartFile(
                            "file", "../../counts \"v2\".html", "text/html", html))
                    .param("text", "The counts, as exported.")
                    .with(httpBasic(answerer.name(), PASSWORD)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.file.name").value("counts _v2_.html"))
            .andExpect(jsonPath("$.file.size").value(html.length))
            .andReturn();
    String url =
        json.readTree(uploaded.getResponse().getContentAsString())
            .get("file")
            .get("url")
            .asString();

    MvcResult download =
        mvc.perform(get(url))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/octet-stream"))
            .andExpect(header().string("X-Content-Type-Options", "nosniff"))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        org.hamcrest.Matchers.startsWith("attachment; filename=")))
            .andReturn();
    assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(html);
    assertThat(download.getResponse().getHeader("Content-Disposition"))
        .contains("counts _v2_.html");

    int before = answers(id);
    mvc.perform(
            multipart("/api/requests/" + id + "/answers/file")
                .file(
                    new MockMultipartFile(
                        "file", "big.bin", "application/octet-stream", new byte[64 * 1024 + 1]))
                .with(httpBasic(answerer.name(), PASSWORD)))
        .andExpect(status().isContentTooLarge())
        .andExpect(
            jsonPath("$.detail")
                .value("The file is 64.0 kB; files given as answers can be at most 64.0 kB"));
    mvc.perform(
            multipart("/requests/" + id + "/answers")
                .file(
                    new MockMultipartFile(
                        "file", "big.bin", "application/octet-stream", new byte[64 * 1024 + 1]))
                .cookie(answerer.session())
                .with(csrf()))
        .andExpect(status().isContentTooLarge());
    assertThat(answers(id)).isEqualTo(before);

    mvc.perform(
            multipart("/requests/" + id + "/answers")
                .file(
                    new MockMultipartFile(
                        "file",
                        "table.csv",
                        "text/csv",
                        "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .param("text", "Also as CSV.")
                .param("links", "https://example.org/a\r\nhttps://example.org/b")
                .cookie(answerer.session())
                .with(csrf()))
        .andExpect(redirectedUrlPattern("/requests/" + id + "#answer-*"));
    Document page = page(get("/requests/" + id));
    assertThat(page.select(".answer-file a").eachText())
        .containsExactly("counts _v2_.html", "table.csv");
    assertThat(page.select(".answer-links a").eachAttr("href"))
        .containsExactly("https://example.org/a", "https://example.org/b");
  }

  @Test
  void aCrossSiteFormCannotPostAnAnswerOrAFile() throws Exception {
    Person asker = person("asker");
    long id = ask(asker, "code", "Scripts?");
    MockMultipartFile file =
        new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    mvc.perform(
            multipart("/api/requests/" + id + "/answers/file").file(file).cookie(asker.session()))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(multipart("/requests/" + id + "/answers").file(file).cookie(asker.session()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/requests/" + id + "/answers")
                .cookie(asker.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .param("text", "from another site"))
        .andExpect(status().isUnsupportedMediaType());
    assertThat(answers(id)).isZero();
  }

  @Test
  void scriptsInAMessageAreRenderedInert() throws Exception {
    Person asker = person("asker");
    long id =
        ask(
            asker,
            "other",
            "<script>alert(1)</script> <img src=x onerror=alert(2)>"
                + " [click](javascript:alert(3)) <a href=\"javascript:alert(4)\">me</a>");
    Document page = page(get("/requests/" + id));
    var message = page.select(".request-message");
    assertThat(message.select("script, img, [onerror]")).isEmpty();
    assertThat(message.select("a[href^=javascript]")).isEmpty();
    assertThat(message.text()).contains("<script>alert(1)</script>");
    mvc.perform(get("/api/requests/" + id))
        .andExpect(
            jsonPath(
                "$.request.messageHtml",
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script"))));
  }

  @Test
  void writesWithoutSignInAreRefusedAndBadInputNamesTheField() throws Exception {
    mvc.perform(
            post("/api/papers/" + paperId + "/requests")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("kind", "data", "message", "Please"))))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            post("/papers/" + paperId + "/requests")
                .accept(MediaType.TEXT_HTML)
                .param("kind", "data")
                .param("message", "Please")
                .with(csrf()))
        .andExpect(redirectedUrl("/signin"));
    Person asker = person("asker");
    mvc.perform(ask(asker, paperId, Map.of("kind", "photos", "message", "Please")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("kind"));
    mvc.perform(ask(asker, paperId, Map.of("kind", "data", "message", "x".repeat(5001))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("message"))
        .andExpect(
            jsonPath("$.detail")
                .value("message is 5001 characters long; at most 5000 are allowed"));
    mvc.perform(ask(asker, Long.MAX_VALUE, Map.of("kind", "data", "message", "Please")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/requests/" + Long.MAX_VALUE)).andExpect(status().isNotFound());
    mvc.perform(get("/api/papers/" + Long.MAX_VALUE + "/requests"))
        .andExpect(status().isNotFound());
    long id = ask(asker, "data", "Please");
    mvc.perform(
            post("/api/requests/" + id + "/answers")
                .cookie(asker.session())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    json.writeValueAsString(
                        Map.of("text", "", "links", List.of("javascript:alert(1)")))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("links"));
    mvc.perform(
            post("/api/requests/" + id + "/answers")
                .cookie(asker.session())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"));
  }

  @Test
  void aDeletedAccountsRequestsAndAnswersStayReadableWithoutItsName() throws Exception {
    Person leaving = person("leaving");
    Person other = person("other");
    long id = ask(leaving, "data", "Data please.");
    long otherId = ask(other, "code", "Code please.");
    answer(leaving, otherId, "I would like it too.");
    mvc.perform(
            post("/api/requests/" + otherId + "/follow")
                .cookie(leaving.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNoContent());
    answer(other, id, "Here you are.");
    assertThat(notifications(leaving).get("unread").asInt()).isEqualTo(1);

    String export =
        mvc.perform(
                delete("/api/account")
                    .cookie(leaving.session())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("password", PASSWORD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode exported = json.readTree(export);
    assertThat(exported.get("requests").get("asked").get(0).get("message").asString())
        .isEqualTo("Data please.");
    assertThat(exported.get("requests").get("answers").get(0).get("text").asString())
        .isEqualTo("I would like it too.");
    assertThat(exported.get("requests").get("following").get(0).asLong()).isEqualTo(otherId);
    assertThat(exported.get("notifications").get(0).get("link").asString())
        .isEqualTo("/requests/" + id);

    mvc.perform(get("/api/requests/" + id))
        .andExpect(jsonPath("$.request.asker").value("a deleted account"))
        .andExpect(jsonPath("$.request.message").value("Data please."));
    mvc.perform(get("/api/requests/" + otherId))
        .andExpect(jsonPath("$.answers[0].answerer").value("a deleted account"))
        .andExpect(jsonPath("$.followers").value(0));
    assertThat(page(get("/requests/" + id)).select(".request-meta").first().text())
        .startsWith("Asked by a deleted account");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from notification where account_id = ?", Long.class, leaving.id()))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from resource_request where asker_name = ? or asker_id = ?",
                Long.class,
                leaving.name(),
                leaving.id()))
        .isZero();
  }

  // ---- helpers ----

  /** Makes the person a verified author of the paper: they claim it and a moderator approves. */
  private void verifyAsTheFirstAuthor(Person person) throws Exception {
    MvcResult claimed =
        mvc.perform(
                post("/api/papers/" + paperId + "/claims")
                    .cookie(person.session())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("authorPosition", 1))))
            .andExpect(status().isCreated())
            .andReturn();
    long claimId = json.readTree(claimed.getResponse().getContentAsString()).get("id").asLong();
    mvc.perform(
            post("/api/moderation/claims/" + claimId + "/approve")
                .with(httpBasic("admin", "test-admin-token"))
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("verified"));
  }

  private record Person(long id, String name, String email, Cookie session) {}

  private Person person(String prefix) throws Exception {
    String name = unique(prefix);
    String email = name + "@example.org";
    long id = accounts.createConfirmed(name, email, PASSWORD, Set.of()).id();
    Cookie session =
        mvc.perform(
                post("/api/auth/signin")
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("username", name, "password", PASSWORD))))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getCookie("SESSION");
    return new Person(id, name, email, session);
  }

  private long ask(Person asker, String kind, String message) throws Exception {
    MvcResult result =
        mvc.perform(ask(asker, paperId, Map.of("kind", kind, "message", message)))
            .andExpect(status().isCreated())
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  private org.springframework.test.web.servlet.RequestBuilder ask(
      Person asker, long paper, Map<String, String> fields) {
    return post("/api/papers/" + paper + "/requests")
        .cookie(asker.session())
        .contentType(MediaType.APPLICATION_JSON)
        .content(body(fields));
  }

  private long answer(Person answerer, long id, String text) throws Exception {
    MvcResult result =
        mvc.perform(
                post("/api/requests/" + id + "/answers")
                    .cookie(answerer.session())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body(Map.of("text", text))))
            .andExpect(status().isCreated())
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  private org.springframework.test.web.servlet.RequestBuilder changeStatus(
      Person user, long id, Map<String, Object> change) {
    return post("/api/requests/" + id + "/status")
        .cookie(user.session())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json.writeValueAsString(change));
  }

  private JsonNode notifications(Person person) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/notifications").cookie(person.session()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private int answers(long id) {
    return jdbc.queryForObject(
        "select count(*) from resource_answer where request_id = ?", Integer.class, id);
  }

  private String body(Map<String, ?> fields) {
    return json.writeValueAsString(fields);
  }

  private Document page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return Jsoup.parse(mvc.perform(request).andReturn().getResponse().getContentAsString());
  }

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36) + NAMES.incrementAndGet();
  }
}
