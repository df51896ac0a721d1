package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.follicle.catalog.TestRecords;
import org.follicle.ingest.ImportListener;
import org.follicle.ingest.Importer;
import org.hibernate.search.mapper.orm.Search;
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

/** Search through the API and the page, over 106 real PubMed records indexed through events. */
@Tag("search")
@SpringBootTest(properties = "follicle.search.embeddings.enabled=true")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchTests {

  private static final String EXPORT = "pubmed/exports/pubmed_result-bom-106.xml";

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired Importer importer;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManagerFactory entities;
  @Autowired SearchIndex searchIndex;

  @BeforeAll
  void importRealRecords() throws Exception {
    derivedWork.await(Duration.ofMinutes(5));
    EmptyCatalog.empty(jdbc);
    Search.mapping(entities).scope(Object.class).workspace().purge();
    importer.importPaths(List.of(SharedData.file(EXPORT)), Optional.empty(), ImportListener.NONE);
    // Other test classes share this database and may have left failed publications behind: only
    // the wait matters here, and indexesEveryImportedPaper checks what was indexed.
    derivedWork.await(Duration.ofMinutes(5));
  }

  @Test
  void indexesEveryImportedPaper() throws Exception {
    mvc.perform(get("/api/search"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(106))
        .andExpect(jsonPath("$.sort").value("newest"));
  }

  @Test
  void ranksWordsAndHighlightsThem() throws Exception {
    String body = search("q", "gene therapy");

    assertThat((Integer) JsonPath.read(body, "$.total")).isGreaterThan(16);
    String top = JsonPath.read(body, "$.results[0].title");
    String snippet = JsonPath.read(body, "$.results[0].snippet");
    assertThat(top.toLowerCase() + snippet).contains("gene").contains("<mark>");
  }

  @Test
  void aPhraseFindsOnlyPapersWithTheWordsTogether() throws Exception {
    int words = wordTotal("gene therapy");
    int phrase = wordTotal("\"gene therapy\"");

    assertThat(phrase).isPositive().isLessThan(words);
  }

  @Test
  void anExclusionLeavesOutPapersWithTheWord() throws Exception {
    String body = search("q", "cancer -breast", "limit", "100");

    List<String> titles = JsonPath.read(body, "$.results[*].title");
    assertThat(titles).isNotEmpty().noneMatch(t -> t.toLowerCase().contains("breast"));
    assertThat(titles.size()).isLessThan(total("cancer"));
  }

  @Test
  void filtersByAuthorJournalYearTypeAndMesh() throws Exception {
    assertThat((List<String>) JsonPath.read(search("q", "author:wicha"), "$.results[0].authors"))
        .contains("Max Wicha");
    assertThat(
            (List<String>) JsonPath.read(search("q", "journal:oncotarget"), "$.results[*].journal"))
        .hasSize(3)
        .containsOnly("Oncotarget");
    List<String> published =
        JsonPath.read(search("q", "year:2014..2015", "limit", "100"), "$.results[*].published");
    assertThat(published).isNotEmpty().allMatch(d -> d.startsWith("2014") || d.startsWith("2015"));
    assertThat(total("type:review")).isEqualTo(facetCount("type", "Review"));
    // One record of the file spells its type in capitals: a filter ignores case, a facet does not.
    assertThat(facetCount("type", "Journal Article")).isEqualTo(105);
    assertThat(total("type:\"JOURNAL ARTICLE\"")).isEqualTo(106);
    assertThat(total("-type:\"journal article\"")).isZero();
    assertThat(total("cancer -type:review"))
        .isEqualTo(total("cancer") - total("cancer type:review"));
    assertThat(total("mesh:\"Breast Neoplasms\"")).isPositive().isLessThan(106);
  }

  @Test
  void countsFacetsOverAllResults() throws Exception {
    String body = search("q", "");
    Map<String, Object> facets = JsonPath.read(body, "$.facets");

    assertThat(facets).containsKeys("year", "type", "journal", "mesh");
    int years =
        ((List<Integer>) JsonPath.read(body, "$.facets.year[*].count"))
            .stream().mapToInt(i -> i).sum();
    assertThat(years).isLessThanOrEqualTo(106).isPositive();
    assertThat(total("year:2014")).isEqualTo(facetCount("year", "2014"));
  }

  @Test
  void pagesThroughEveryResultOnceWithCursors() throws Exception {
    int total = total("cancer");
    Set<Integer> seen = new HashSet<>();
    List<Integer> order = new ArrayList<>();
    String cursor = "";
    do {
      String body =
          mvc.perform(
                  get("/api/search")
                      .param("q", "cancer")
                      .param("limit", "10")
                      .param("cursor", cursor))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      order.addAll(JsonPath.read(body, "$.results[*].id"));
      cursor = JsonPath.read(body, "$.next");
    } while (cursor != null);

    seen.addAll(order);
    assertThat(order).hasSize(total);
    assertThat(seen).hasSize(total);
  }

  @Test
  @Tag("vectors")
  void ranksByWordsAndMeaningFusedUnlessToldOtherwise() throws Exception {
    String hybrid = search("q", "gene therapy");
    String words = search("q", "gene therapy", "mode", "bm25");

    assertThat((String) JsonPath.read(hybrid, "$.mode")).isEqualTo("hybrid");
    assertThat((String) JsonPath.read(words, "$.mode")).isEqualTo("bm25");
    assertThat((Integer) JsonPath.read(hybrid, "$.total"))
        .isGreaterThanOrEqualTo(JsonPath.read(words, "$.total"));
  }

  @Test
  @Tag("vectors")
  void findsPapersByMeaningWithoutTheirWords() throws Exception {
    String body = search("q", "malignant growth of the mammary gland", "mode", "dense");

    List<String> titles = JsonPath.read(body, "$.results[0:3].title");
    assertThat(titles).hasSize(3).allMatch(t -> t.toLowerCase().matches(".*(breast|mammary).*"));
  }

  @Test
  @Tag("vectors")
  void findsNothingByMeaningForAWordUnlikeAnyPaper() throws Exception {
    int total = JsonPath.read(search("q", "zxqvwpt", "mode", "dense"), "$.total");

    assertThat(total).isZero();
  }

  @Test
  @Tag("vectors")
  void pagesThroughEveryResultOnceInEachMode() throws Exception {
    for (String mode : List.of("hybrid", "dense", "bm25")) {
      List<Integer> order = new ArrayList<>();
      String first = search("q", "breast cancer", "mode", mode, "limit", "7");
      int total = JsonPath.read(first, "$.total");
      String body = first;
      while (true) {
        order.addAll(JsonPath.read(body, "$.results[*].id"));
        String cursor = JsonPath.read(body, "$.next");
        if (cursor == null) {
          break;
        }
        body = search("q", "breast cancer", "mode", mode, "limit", "7", "cursor", cursor);
      }
      assertThat(order).as(mode).hasSize(total).doesNotHaveDuplicates();
    }
  }

  @Test
  @Tag("opensearch")
  void ranksByWordsWhereTheIndexHoldsNoVectors() throws Exception {
    assertThat((String) JsonPath.read(search("q", "gene therapy"), "$.mode")).isEqualTo("bm25");
    mvc.perform(get("/api/search").param("q", "gene therapy").param("mode", "hybrid"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("use bm25")));
  }

  @Test
  void showsTheTldrOfEachPaperInResultsAndLists() throws Exception {
    List<String> tldrs =
        JsonPath.read(search("q", "\"gene therapy\"", "mode", "bm25"), "$.results[*].tldr");

    assertThat(tldrs).isNotEmpty().anyMatch(t -> t != null && t.split(" ").length <= 30);
    mvc.perform(get("/search").param("q", "\"gene therapy\""))
        .andExpect(content().string(containsString("class=\"tldr\"")));
    mvc.perform(get("/")).andExpect(content().string(containsString("class=\"tldr\"")));
  }

  @Test
  void linksTheNextPageInTheLinkHeader() throws Exception {
    mvc.perform(get("/api/search").param("q", "cancer").param("limit", "5"))
        .andExpect(header().string("Link", containsString("rel=\"next\"")));
  }

  @Test
  void sortsNewestFirstOnRequest() throws Exception {
    List<String> published =
        JsonPath.read(
            search("q", "cancer", "sort", "newest", "limit", "50"), "$.results[*].published");

    List<String> years =
        published.stream().map(d -> d == null ? "0000" : d.substring(0, 4)).toList();
    assertThat(years).isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void answersMalformedQueriesSensibly() throws Exception {
    for (String query :
        List.of("\"unbalanced", "a AND (b OR c~2) +d title:x* \\", "*", "-", "year:abc", "?:")) {
      mvc.perform(get("/api/search").param("q", query)).andExpect(status().isOk());
    }
    mvc.perform(get("/api/search").param("q", "cancer ".repeat(1_500)).param("mode", "bm25"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.notes[0]").value(containsString("first 1000 characters")))
        .andExpect(jsonPath("$.total").value(wordTotal("cancer")));
  }

  @Test
  void answersABadCursorSortModeOrLimitWithProblemJson400() throws Exception {
    for (String[] params :
        List.of(
            new String[] {"cursor", "nonsense"},
            new String[] {"sort", "random"},
            new String[] {"mode", "psychic"},
            new String[] {"limit", "0"},
            new String[] {"limit", "101"})) {
      mvc.perform(get("/api/search").param("q", "cancer").param(params[0], params[1]))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").isNotEmpty());
    }
  }

  @Test
  void showsResultsFacetsAndHighlightsOnThePage() throws Exception {
    mvc.perform(get("/search").param("q", "gene therapy"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("<mark>")))
        .andExpect(content().string(containsString("Study type")))
        .andExpect(content().string(containsString("rel=\"next\"")));
  }

  @Test
  void showsAScriptInTheQueryAsText() throws Exception {
    mvc.perform(get("/search").param("q", "<script>alert(1)</script>"))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("<script>alert"))))
        .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
  }

  @Test
  void offersAnAtomFeedOfTheNewestResultsOfASearch() throws Exception {
    String feed =
        mvc.perform(get("/search/feed").param("q", "journal:oncotarget"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    org.jsoup.nodes.Document atom =
        org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
    assertThat(atom.select("feed > title").text())
        .isEqualTo("Follicle: studies matching journal:oncotarget");
    assertThat(atom.select("entry")).hasSize(3);
    assertThat(atom.select("entry > link").attr("href")).startsWith("http://localhost/papers/");
    assertThat(atom.select("entry > updated").eachText())
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
    mvc.perform(get("/search").param("q", "gene"))
        .andExpect(content().string(containsString("application/atom+xml")));
  }

  @Test
  void offersAnAtomFeedOfATopicAnd404ForAnUnknownOne() throws Exception {
    String feed =
        mvc.perform(get("/topics/{slug}/feed", "breast-neoplasms"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(feed).contains("<title>Follicle: Breast Neoplasms</title>");
    assertThat(org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser()).select("entry"))
        .hasSize(
            jdbc.queryForObject(
                "select count(distinct paper_id) from paper_category where slug = ?",
                Integer.class,
                "breast-neoplasms"));
    mvc.perform(get("/topics/{slug}/feed", "no-such-topic")).andExpect(status().isNotFound());
    mvc.perform(get("/topics/{slug}", "breast-neoplasms"))
        .andExpect(content().string(containsString("/topics/breast-neoplasms/feed")));
  }

  @Test
  void suggestsTheClosestKnownWordsForMisspelledOnes() throws Exception {
    mvc.perform(get("/api/search").param("q", "brest cancr journal:oncotarget"))
        .andExpect(jsonPath("$.suggestion").value("breast cancer journal:oncotarget"));
    mvc.perform(get("/api/search").param("q", "breast cancer"))
        .andExpect(jsonPath("$.suggestion").value(org.hamcrest.Matchers.nullValue()));
    mvc.perform(get("/search").param("q", "Melanomma"))
        .andExpect(content().string(containsString("Did you mean")))
        .andExpect(content().string(containsString(">melanoma</a>")));
  }

  @Test
  void completesTitlesTopicsAndAuthorsBeingTyped() throws Exception {
    mvc.perform(get("/api/search/suggestions").param("q", "wich"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.authors[0].label").value("Max Wicha"))
        .andExpect(jsonPath("$.authors[0].query").value("author:\"Max Wicha\""));
    String typed =
        mvc.perform(get("/api/search/suggestions").param("q", "breast neo"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((List<String>) JsonPath.read(typed, "$.topics[*].label"))
        .contains("Breast Neoplasms", "Inflammatory Breast Neoplasms")
        .allMatch(t -> t.contains("Neoplasms"));
    String titles =
        mvc.perform(get("/api/search/suggestions").param("q", "gene therap"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat((List<String>) JsonPath.read(titles, "$.papers[*].label"))
        .contains("Progresses towards safe and efficient gene therapy vectors.");
    mvc.perform(get("/api/search/suggestions").param("q", "gene").param("limit", "0"))
        .andExpect(status().isBadRequest());
    mvc.perform(get("/search").param("q", "gene"))
        .andExpect(content().string(containsString("/js/search-suggest.js")))
        .andExpect(content().string(containsString("list=\"search-q-suggestions\"")));
  }

  @Test
  void rebuildsTheIndexFromTheCatalogue() throws Exception {
    Search.mapping(entities).scope(Object.class).workspace().purge();
    Search.mapping(entities).scope(Object.class).workspace().refresh();
    assertThat(searchIndex.size()).isZero();

    assertThat(searchIndex.rebuild(count -> {})).isEqualTo(catalog.size());

    assertThat(searchIndex.size()).isEqualTo(catalog.size());
    assertThat(total("\"gene therapy\"")).isPositive();
  }

  @Test
  void indexesEveryPaperAgainWithoutDoublingAny() throws Exception {
    Search.mapping(entities).scope(Object.class).workspace().purge();

    assertThat(searchIndex.indexAll(count -> {})).isEqualTo(catalog.size());
    assertThat(searchIndex.indexAll(count -> {})).isEqualTo(catalog.size());

    Search.mapping(entities).scope(Object.class).workspace().refresh();
    assertThat(searchIndex.size()).isEqualTo(catalog.size());
  }

  @Test
  void listsAResultFromTheIndexWithItsWordsMarkedAndItsMarkupShownAsText() throws Exception {
    catalog.upsert(
        PaperRecord.builder()
            .title("Quixotrane <b>lowers</b> shedding")
            .articleType("Randomized Controlled Trial")
            .date(new PartialDate(2021, 4, null))
            .journal(new PaperRecord.Journal("Journal of Quixotic Hair", null, null, null))
            .doi(Doi.parse("10.1234/quixotrane"))
            .pmid("99999992")
            .author(new PaperRecord.Author("Solak", "Eda", null, null, null))
            .author(new PaperRecord.Author(null, null, "Hair Research Group", null, null))
            .abstractSection(
                new PaperRecord.AbstractSection(
                    "RESULTS", "Hair counts rose. Quixotrane <i>halved</i> the shedding."))
            .build());
    derivedWork.await(Duration.ofMinutes(5));
    try {
      String body = search("q", "quixotrane");

      assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(1);
      assertThat((String) JsonPath.read(body, "$.results[0].title"))
          .isEqualTo("Quixotrane <b>lowers</b> shedding");
      assertThat((String) JsonPath.read(body, "$.results[0].snippet"))
          .contains("<mark>Quixotrane</mark>")
          .contains("&lt;i&gt;halved&lt;");
      assertThat((List<String>) JsonPath.read(body, "$.results[0].authors"))
          .containsExactly("Eda Solak", "Hair Research Group");
      assertThat((String) JsonPath.read(body, "$.results[0].journal"))
          .isEqualTo("Journal of Quixotic Hair");
      assertThat((String) JsonPath.read(body, "$.results[0].published")).isEqualTo("2021-04");
      assertThat((String) JsonPath.read(body, "$.results[0].doi")).isEqualTo("10.1234/quixotrane");
      assertThat((String) JsonPath.read(body, "$.results[0].articleType"))
          .isEqualTo("Randomized Controlled Trial");
      mvc.perform(get("/search").param("q", "quixotrane"))
          .andExpect(content().string(containsString("<mark>Quixotrane</mark> &lt;b&gt;lowers")));
    } finally {
      catalog.deleteByPmid("99999992");
      derivedWork.await(Duration.ofMinutes(5));
    }
  }

  @Test
  void aDeletedPaperLeavesTheIndex() throws Exception {
    catalog.upsert(TestRecords.withDoi("Zanzibarite follicles revisited", "10.1234/zanzibar"));
    derivedWork.await(Duration.ofMinutes(5));
    assertThat(wordTotal("zanzibarite")).isEqualTo(1);
    long id = catalog.idByDoi(org.follicle.catalog.Doi.parse("10.1234/zanzibar")).orElseThrow();
    jdbc.update("update paper set pmid = '99999991' where id = ?", id);

    catalog.deleteByPmid("99999991");
    derivedWork.await(Duration.ofMinutes(5));

    assertThat(wordTotal("zanzibarite")).isZero();
  }

  private String search(String... params) throws Exception {
    var request = get("/api/search");
    for (int i = 0; i < params.length; i += 2) {
      request = request.param(params[i], params[i + 1]);
    }
    return mvc.perform(request)
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private int total(String query) throws Exception {
    return JsonPath.read(search("q", query), "$.total");
  }

  /** How many papers contain the query's words. */
  private int wordTotal(String query) throws Exception {
    return JsonPath.read(search("q", query, "mode", "bm25"), "$.total");
  }

  private int facetCount(String facet, String label) throws Exception {
    List<Integer> counts =
        JsonPath.read(
            search("q", ""), "$.facets." + facet + "[?(@.label == '" + label + "')].count");
    return counts.get(0);
  }
}
