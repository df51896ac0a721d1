package org.follicle.citation;

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

import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
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
  void anUncitedPaperListsWithACountOfZero() throws Exception {
    String uncitedDoi = doi();
    papers.store(paper("Never cited " + unique(), uncitedDoi, "Olsen", 2011).build());

    mvc.perform(get("/api/papers").param("doi", uncitedDoi))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].citedBy").value(0));
  }
}
