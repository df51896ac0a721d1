package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.follicle.citation.CitationPapers.byDoi;
import static org.follicle.citation.CitationPapers.doi;
import static org.follicle.citation.CitationPapers.paper;
import static org.follicle.citation.CitationPapers.unique;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
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
class CitationSearchSortTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;

  CitationPapers papers;

  @BeforeEach
  void papers() {
    papers = new CitationPapers(catalog, derivedWork);
  }

  @Test
  void aLaterImportCitingAPaperMovesItUpTheMostCitedResultsPageByPage() throws Exception {
    String word = "citesort" + unique();
    List<String> dois = List.of(doi(), doi(), doi());
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < dois.size(); i++) {
      ids.add(papers.store(paper(word + " study " + i, dois.get(i), "Quist", 2000 + i).build()));
    }
    assertThat(mostCited(word)).containsExactly(ids.get(2), ids.get(1), ids.get(0));

    cite(dois.get(0), 2);
    cite(dois.get(1), 1);

    assertThat(mostCited(word)).containsExactly(ids.get(0), ids.get(1), ids.get(2));
    mvc.perform(get("/api/search").param("q", word).param("sort", "cited"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sort").value("cited"))
        .andExpect(jsonPath("$.total").value(3))
        .andExpect(jsonPath("$.results[0].citedBy").value(2));
    mvc.perform(get("/search").param("q", word).param("sort", "cited"))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Cited by 2")))
        .andExpect(content().string(containsString("<option value=\"cited\" selected")));
  }

  @Test
  void anUnknownSortNamesTheSortsThereAre() throws Exception {
    mvc.perform(get("/api/search").param("q", "hair").param("sort", "popular"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(containsString("relevance, newest or cited")));
  }

  /** Stores {@code times} new papers citing the paper of this DOI. */
  private void cite(String citedDoi, int times) throws InterruptedException {
    for (int i = 0; i < times; i++) {
      papers.store(
          paper("Citing paper " + unique(), doi(), "Rask", 2020)
              .reference(byDoi(citedDoi))
              .build());
    }
  }

  /** The ids of the papers with this word, most cited first, read one per page through cursors. */
  private List<Long> mostCited(String word) throws Exception {
    List<Long> ids = new ArrayList<>();
    String cursor = null;
    do {
      var request = get("/api/search").param("q", word).param("sort", "cited").param("limit", "1");
      if (cursor != null) {
        request = request.param("cursor", cursor);
      }
      String body =
          mvc.perform(request)
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      List<Integer> page = JsonPath.read(body, "$.results[*].id");
      page.forEach(id -> ids.add(id.longValue()));
      cursor = JsonPath.read(body, "$.next");
    } while (cursor != null);
    return ids;
  }
}
