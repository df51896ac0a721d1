package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.follicle.citation.CitationPapers.byDoi;
import static org.follicle.citation.CitationPapers.doi;
import static org.follicle.citation.CitationPapers.paper;
import static org.follicle.citation.CitationPapers.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CitationListCountsTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;

  CitationPapers papers;

  @BeforeEach
  void papers() {
    papers = new CitationPapers(catalog, derivedWork);
  }

  @Test
  void aPaperCitedTwiceShowsItsCountInApiListItemsAndOnItsTopicPage() throws Exception {
    String topic = "citedlisttopic" + unique();
    String citedDoi = doi();
    long cited =
        papers.store(
            paper("Listed cited " + unique(), citedDoi, "Lund", 2009).keyword(topic).build());
    long uncited =
        papers.store(
            paper("Listed uncited " + unique(), doi(), "Moe", 2010).keyword(topic).build());
    for (int i = 0; i < 2; i++) {
      papers.store(
          paper("Listed citing " + unique(), doi(), "Nash", 2015)
              .reference(byDoi(citedDoi))
              .build());
    }

    mvc.perform(get("/api/papers").param("doi", citedDoi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].id").value(cited))
        .andExpect(jsonPath("$.items[0].citedBy").value(2));
    mvc.perform(get("/topics/{slug}", topic))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cited by 2")))
        .andExpect(content().string(containsString("/papers/" + uncited)))
        .andExpect(content().string(not(containsString("Cited by 0"))));
  }

  @Test
  void aTopicListsItsMostCitedPaperFirstAndPagesOnInThatOrder() throws Exception {
    String topic = "mostcitedtopic" + unique();
    for (int i = 0; i < 21; i++) {
      catalog.upsert(
          paper("Topic paper " + unique(), doi(), "Park", 2010 + i % 10).keyword(topic).build());
    }
    String oldDoi = doi();
    long old =
        papers.store(
            paper("Oldest topic paper " + unique(), oldDoi, "Quinn", 1990).keyword(topic).build());
    papers.store(
        paper("Citing the oldest " + unique(), doi(), "Ross", 2021)
            .reference(byDoi(oldDoi))
            .build());

    Document newest = page("/topics/" + topic);
    assertThat(newest.select(".paper-title a").eachAttr("href")).doesNotContain("/papers/" + old);
    Document cited = page("/topics/" + topic + "?sort=cited");
    assertThat(cited.select(".paper-title a").first().attr("href")).isEqualTo("/papers/" + old);
    assertThat(cited.select(".paper-title a")).hasSize(20);
    assertThat(cited.select(".pager a[rel=next]").attr("href"))
        .contains("sort=cited")
        .contains("page=1");
    Document second = page("/topics/" + topic + "?sort=cited&page=1");
    assertThat(second.select(".paper-title a")).hasSize(2);
    assertThat(second.select(".paper-title a").eachAttr("href")).doesNotContain("/papers/" + old);
    mvc.perform(get("/topics/{slug}", topic).param("sort", "popular"))
        .andExpect(status().isBadRequest());
  }

  @Test
  void aTopicsMostCitedOrderComesFromTheIndexCountsThenNewestFirstAcrossPages() throws Exception {
    String topic = "rankedtopic" + unique();
    String twiceDoi = doi();
    String onceDoi = doi();
    long twice =
        papers.store(paper("Twice " + unique(), twiceDoi, "Adams", 2001).keyword(topic).build());
    long once =
        papers.store(paper("Once " + unique(), onceDoi, "Baker", 2019).keyword(topic).build());
    for (int i = 0; i < 17; i++) {
      catalog.upsert(paper("Uncited " + unique(), doi(), "Clark", 2000 + i).keyword(topic).build());
    }
    long newestUncited =
        papers.store(
            paper("Newest uncited " + unique(), doi(), "Dunn", 2024).keyword(topic).build());
    long oldestUncited =
        papers.store(
            paper("Oldest uncited " + unique(), doi(), "Evans", 1980).keyword(topic).build());
    papers.store(
        paper("Cites both " + unique(), doi(), "Fox", 2022)
            .reference(byDoi(twiceDoi))
            .reference(byDoi(onceDoi))
            .build());
    papers.store(
        paper("Cites one " + unique(), doi(), "Gray", 2023).reference(byDoi(twiceDoi)).build());

    List<String> first =
        page("/topics/" + topic + "?sort=cited").select(".paper-title a").eachAttr("href");
    List<String> second =
        page("/topics/" + topic + "?sort=cited&page=1").select(".paper-title a").eachAttr("href");

    assertThat(first).hasSize(20);
    assertThat(first.subList(0, 3))
        .containsExactly("/papers/" + twice, "/papers/" + once, "/papers/" + newestUncited);
    assertThat(second).containsExactly("/papers/" + oldestUncited);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  @Test
  void anUncitedPaperListsWithACountOfZero() throws Exception {
    String uncitedDoi = doi();
    papers.store(paper("Never cited " + unique(), uncitedDoi, "Olsen", 2011).build());

    mvc.perform(get("/api/papers").param("doi", uncitedDoi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].citedBy").value(0));
  }
}
