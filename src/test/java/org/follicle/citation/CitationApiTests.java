package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.follicle.citation.CitationPapers.byDoi;
import static org.follicle.citation.CitationPapers.doi;
import static org.follicle.citation.CitationPapers.paper;
import static org.follicle.citation.CitationPapers.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class CitationApiTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired JsonMapper json;

  CitationPapers papers;

  @BeforeEach
  void papers() {
    papers = new CitationPapers(catalog, derivedWork);
  }

  @Test
  void pagesThroughAReferenceListWithNextAndLinkHeader() throws Exception {
    String citedDoi = doi();
    long cited = papers.store(paper("API cited " + unique(), citedDoi, "Orr", 2008).build());
    PaperRecord.Builder citing = paper("API citing " + unique(), doi(), "Pike", 2012);
    citing.reference(byDoi(citedDoi));
    String unresolved = doi();
    citing.reference(byDoi(unresolved));
    for (int i = 0; i < 3; i++) {
      citing.reference(byDoi(doi()));
    }
    long id = papers.store(citing.build());

    MvcResult first =
        mvc.perform(get("/api/papers/{id}/references", id).param("limit", "2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.referencesTotal").value(5))
            .andExpect(jsonPath("$.referencesResolved").value(1))
            .andExpect(jsonPath("$.items.length()").value(2))
            .andExpect(jsonPath("$.items[0].position").value(1))
            .andExpect(jsonPath("$.items[0].resolved.paper.id").value(cited))
            .andExpect(jsonPath("$.items[0].resolved.paper.html").value("/papers/" + cited))
            .andExpect(jsonPath("$.items[0].resolved.method").value("DOI"))
            .andExpect(jsonPath("$.items[0].resolved.confidence").value(1.0))
            .andExpect(jsonPath("$.items[1].resolved").doesNotExist())
            .andExpect(jsonPath("$.items[1].doiUrl").value("https://doi.org/" + unresolved))
            .andExpect(
                header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")))
            .andReturn();
    List<Integer> positions = new ArrayList<>(positions(first));
    String next = json.readTree(first.getResponse().getContentAsString()).get("next").asString();
    while (next != null) {
      MvcResult page =
          mvc.perform(
                  get("/api/papers/{id}/references", id).param("limit", "2").param("cursor", next))
              .andExpect(status().isOk())
              .andReturn();
      positions.addAll(positions(page));
      JsonNode body = json.readTree(page.getResponse().getContentAsString());
      next = body.get("next").isNull() ? null : body.get("next").asString();
    }
    assertThat(positions).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void listsThePapersCitingAPaperAPageAtATimeAndCountsThemOnThePaper() throws Exception {
    String citedDoi = doi();
    long cited = papers.store(paper("Much cited " + unique(), citedDoi, "Quinn", 2005).build());
    List<Long> citing = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      citing.add(
          papers.store(
              paper("Citing " + i + " " + unique(), doi(), "Roe", 2010 + i)
                  .reference(byDoi(citedDoi))
                  .build()));
    }

    mvc.perform(get("/api/papers/{id}", cited))
        .andExpect(jsonPath("$.citedByCount").value(3))
        .andExpect(jsonPath("$.referencesTotal").value(0));
    mvc.perform(get("/api/papers/{id}", citing.get(0)))
        .andExpect(jsonPath("$.citedByCount").value(0))
        .andExpect(jsonPath("$.referencesResolved").value(1))
        .andExpect(jsonPath("$.referencesTotal").value(1));
    MvcResult first =
        mvc.perform(get("/api/papers/{id}/citations", cited).param("limit", "2"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.citedByCount").value(3))
            .andExpect(jsonPath("$.items[0].id").value(citing.get(2)))
            .andExpect(jsonPath("$.items[1].id").value(citing.get(1)))
            .andExpect(header().exists("Link"))
            .andReturn();
    String next = json.readTree(first.getResponse().getContentAsString()).get("next").asString();
    mvc.perform(get("/api/papers/{id}/citations", cited).param("limit", "2").param("cursor", next))
        .andExpect(jsonPath("$.items.length()").value(1))
        .andExpect(jsonPath("$.items[0].id").value(citing.get(0)))
        .andExpect(jsonPath("$.next").doesNotExist())
        .andExpect(header().doesNotExist("Link"));
  }

  @Test
  void saysWhatIsWrongWithAnUnknownPaperABadCursorOrLimit() throws Exception {
    mvc.perform(get("/api/papers/{id}/references", Long.MAX_VALUE))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No paper has id " + Long.MAX_VALUE));
    mvc.perform(get("/api/papers/{id}/citations", Long.MAX_VALUE)).andExpect(status().isNotFound());
    long id = papers.store(paper("Cursor checked " + unique(), doi(), "Sims", 2020).build());
    mvc.perform(get("/api/papers/{id}/citations", id).param("cursor", "not-a-cursor"))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("not-a-cursor")));
    mvc.perform(get("/api/papers/{id}/references", id).param("limit", "0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("limit must be between 1 and 100, not 0"));
  }

  private List<Integer> positions(MvcResult page) throws Exception {
    List<Integer> positions = new ArrayList<>();
    json.readTree(page.getResponse().getContentAsString())
        .get("items")
        .forEach(item -> positions.add(item.get("position").asInt()));
    return positions;
  }
}
