package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PaperApiTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void returnsAPaperWhole() throws Exception {
    catalog.upsert(
        TestRecords.full("Whole paper", "10.1234/whole", "4242", PartialDate.ofMonth(2024, 1)));
    long id = catalog.idByPmid("4242").orElseThrow();

    mvc.perform(get("/api/papers/{id}", id))
        .andExpect(status().isOk())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
        .andExpect(jsonPath("$.title").value("Whole paper"))
        .andExpect(jsonPath("$.published").value("2024-01"))
        .andExpect(jsonPath("$.doi").value("10.1234/whole"))
        .andExpect(jsonPath("$.journal.name").value("Journal of Hair Science"))
        .andExpect(jsonPath("$.authors[0].name").value("Eda Öksüm Solak"))
        .andExpect(jsonPath("$.authors[2].collectiveName").value("Hair Research Group"))
        .andExpect(jsonPath("$.keywords[0].slug").value("alopecia-areata"))
        .andExpect(jsonPath("$.abstractSections[1].label").value("RESULTS"))
        .andExpect(jsonPath("$.links.html").value("/papers/" + id));
  }

  @Test
  void answersAnUnknownPaperWithProblemJson404() throws Exception {
    mvc.perform(get("/api/papers/987654"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("No paper has id 987654"));
  }

  @Test
  void answersAMalformedDoiWithProblemJson400NamingTheReason() throws Exception {
    mvc.perform(get("/api/papers").param("doi", "10.12/not-a-doi"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(containsString("'10.12/not-a-doi' is not a DOI")));
  }

  @Test
  void answersMalformedIdsCursorsAndLimitsWithProblemJson400() throws Exception {
    for (String url :
        List.of(
            "/api/papers/abc",
            "/api/papers?cursor=nonsense",
            "/api/papers?limit=0",
            "/api/papers?pmid=PMC1")) {
      mvc.perform(get(url))
          .andExpect(status().isBadRequest())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(jsonPath("$.detail").isNotEmpty());
    }
  }

  @Test
  void findsPapersByDoiInAnySpellingAndByPmid() throws Exception {
    catalog.upsert(
        TestRecords.record(
            "Findable", Doi.parse("10.1234/find.me"), "777", PartialDate.ofYear(2020)));

    mvc.perform(get("/api/papers").param("doi", "https://doi.org/10.1234/FIND.ME"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.items[0].title").value("Findable"))
        .andExpect(jsonPath("$.next").value(nullValue()));
    mvc.perform(get("/api/papers").param("pmid", "777"))
        .andExpect(jsonPath("$.items[0].doi").value("10.1234/find.me"));
    mvc.perform(get("/api/papers").param("pmid", "778")).andExpect(jsonPath("$.items").isEmpty());
  }

  @Test
  void pagesThroughEveryPaperOnceWithCursors() throws Exception {
    for (int i = 0; i < 5; i++) {
      catalog.upsert(TestRecords.withDoi("Paper " + i, "10.1234/page." + i));
    }
    List<String> titles = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      String body =
          mvc.perform(get("/api/papers").param("limit", "2").param("cursor", cursor))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      titles.addAll(JsonPath.read(body, "$.items[*].title"));
      cursor = JsonPath.read(body, "$.next");
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(titles).containsExactly("Paper 4", "Paper 3", "Paper 2", "Paper 1", "Paper 0");
  }

  @Test
  void linksTheNextPageInTheLinkHeader() throws Exception {
    for (int i = 0; i < 3; i++) {
      catalog.upsert(TestRecords.withDoi("Linked " + i, "10.1234/link." + i));
    }

    mvc.perform(get("/api/papers").param("limit", "2"))
        .andExpect(header().string("Link", containsString("rel=\"next\"")))
        .andExpect(header().string("Link", containsString("cursor=")));
  }

  @Test
  void answersAnUnchangedResourceWith304ForItsEtag() throws Exception {
    catalog.upsert(TestRecords.withDoi("Cached", "10.1234/cached"));
    long id = catalog.idByDoi(Doi.parse("10.1234/cached")).orElseThrow();

    String etag =
        mvc.perform(get("/api/papers/{id}", id)).andReturn().getResponse().getHeader("ETag");

    assertThat(etag).isNotBlank();
    mvc.perform(get("/api/papers/{id}", id).header("If-None-Match", etag))
        .andExpect(status().isNotModified());
  }

  @Test
  void describesTheApiInOpenApi() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/papers'].get").exists())
        .andExpect(jsonPath("$.paths['/api/papers/{id}'].get").exists());
  }
}
