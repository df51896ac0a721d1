package org.follicle.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperDetails;
import org.follicle.ingest.ImportListener;
import org.follicle.ingest.Importer;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Related research over 106 real PubMed records, embedded and indexed through events. */
@Tag("search")
@SpringBootTest(properties = "follicle.search.embeddings.enabled=true")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelatedResearchTests {

  private static final String EXPORT = "pubmed/exports/pubmed_result-bom-106.xml";

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired Importer importer;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManagerFactory entities;
  @Autowired RelatedResearch related;
  @Autowired JsonMapper json;

  private long paper;

  @BeforeAll
  void importRealRecords() throws Exception {
    derivedWork.await(Duration.ofMinutes(10));
    EmptyCatalog.empty(jdbc);
    Search.mapping(entities).scope(Object.class).workspace().purge();
    importer.importPaths(List.of(SharedData.file(EXPORT)), Optional.empty(), ImportListener.NONE);
    derivedWork.await(Duration.ofMinutes(10));
    paper =
        jdbc.queryForObject(
            "select paper_id from paper_category group by paper_id order by count(*) desc,"
                + " paper_id fetch first 1 rows only",
            Long.class);
  }

  @Test
  void relatedPapersNeverIncludeThePaperAndEachSaysWhyItIsThere() {
    List<RelatedPaper> papers = related.of(paper, 5);

    assertThat(papers).hasSize(5);
    assertThat(papers)
        .extracting(r -> r.paper().id())
        .doesNotContain(paper)
        .doesNotHaveDuplicates();
    assertThat(papers).allSatisfy(r -> assertThat(r.reasons()).isNotEmpty());
  }

  @Test
  void papersFoundBySharedTopicsShareTheTopicsTheirCardNames() {
    Map<Long, List<PaperDetails.Topic>> topics =
        catalog.topics(related.rankings(paper).get(RelatednessSignal.TOPICS));
    Set<String> own = slugs(catalog.topics(List.of(paper)).get(paper));

    assertThat(topics).isNotEmpty();
    topics.values().forEach(theirs -> assertThat(slugs(theirs)).containsAnyElementsOf(own));
    related.of(paper, 5).stream()
        .flatMap(r -> r.reasons().stream())
        .filter(reason -> reason.signal() == RelatednessSignal.TOPICS)
        .forEach(reason -> assertThat(reason.text()).startsWith("shares "));
  }

  @Test
  @Tag("vectors")
  void papersFoundByMeaningAreSaidToBeOnASimilarTopic() {
    List<Long> byMeaning = related.rankings(paper).get(RelatednessSignal.MEANING);

    assertThat(byMeaning).isNotEmpty().doesNotContain(paper);
    related.of(paper, 5).stream()
        .flatMap(r -> r.reasons().stream())
        .filter(reason -> reason.signal() == RelatednessSignal.MEANING)
        .forEach(reason -> assertThat(reason.text()).isEqualTo("similar topic"));
  }

  @Test
  void theApiListsRelatedPapersWithTheirReasons() throws Exception {
    String body =
        mvc.perform(get("/api/papers/{id}/related", paper).param("limit", "3"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.paperId").value(paper))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode items = json.readTree(body).get("items");

    assertThat(items).hasSize(3);
    for (JsonNode item : items) {
      assertThat(item.get("paper").get("html").asText()).startsWith("/papers/");
      assertThat(item.get("reasons").get(0).get("signal").asText()).isIn("meaning", "topics");
      assertThat(item.get("reasons").get(0).get("text").asText()).isNotBlank();
    }
  }

  @Test
  void theApiRefusesAnUnknownPaperAndALimitOutOfRange() throws Exception {
    mvc.perform(get("/api/papers/{id}/related", 987_654_321L))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(get("/api/papers/{id}/related", paper).param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("limit must be between 1 and 20, not 0"));
  }

  @Test
  void thePaperPageShowsRelatedResearchCardsWithTheirReasons() throws Exception {
    Document page =
        Jsoup.parse(
            mvc.perform(get("/papers/{id}", paper))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(page.select(".related-research h2").text()).isEqualTo("Related research");
    assertThat(page.select(".related-card")).hasSize(RelatedResearchSection.CARDS);
    assertThat(page.select(".related-card .paper-title a").eachAttr("href"))
        .allMatch(href -> href.startsWith("/papers/"))
        .doesNotContain("/papers/" + paper);
    assertThat(page.select(".related-card .related-reasons li").eachText())
        .isNotEmpty()
        .allMatch(text -> text.equals("similar topic") || text.startsWith("shares "));
  }

  private static Set<String> slugs(List<PaperDetails.Topic> topics) {
    return topics.stream().map(PaperDetails.Topic::slug).collect(Collectors.toSet());
  }
}
