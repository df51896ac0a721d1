package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.follicle.citation.CitationPapers.byDoi;
import static org.follicle.citation.CitationPapers.byTitle;
import static org.follicle.citation.CitationPapers.doi;
import static org.follicle.citation.CitationPapers.paper;
import static org.follicle.citation.CitationPapers.unique;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CitationPageTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;

  CitationPapers papers;

  @BeforeEach
  void papers() {
    papers = new CitationPapers(catalog, derivedWork);
  }

  @Test
  void thePaperPageListsTheResearchItCitesAndWarnsOfARetractedOne() throws Exception {
    String retractedDoi = doi();
    String retractedTitle = "Retracted hair study " + unique();
    long retracted =
        papers.store(
            paper(retractedTitle, retractedDoi, "Tate", 2010)
                .notice(
                    new PaperRecord.Notice(
                        PaperRecord.NoticeKind.RETRACTION, "Retraction notice", null, null))
                .build());
    String missingDoi = doi();
    long citing =
        papers.store(
            paper("Page citing " + unique(), doi(), "Ueda", 2015)
                .reference(byDoi(retractedDoi))
                .reference(byDoi(missingDoi))
                .reference(byTitle("An unindexed study " + unique(), "Vance", 1999))
                .build());

    Document page = page(citing);

    Element section = page.selectFirst("section.cited-research");
    assertThat(section).isNotNull();
    assertThat(section.selectFirst("h2").text()).isEqualTo("Research cited in this study 1 / 3");
    assertThat(section.select("li.reference-resolved a.reference-title").attr("href"))
        .isEqualTo("/papers/" + retracted);
    assertThat(section.select("li.reference-text a.reference-doi").attr("href"))
        .isEqualTo("https://doi.org/" + missingDoi);
    assertThat(section.select("li.reference-text")).hasSize(2);
    Element notice = page.selectFirst(".cites-retracted");
    assertThat(notice).isNotNull();
    assertThat(notice.text()).contains("This study cites " + retractedTitle);
    assertThat(notice.selectFirst("a").attr("href")).isEqualTo("/papers/" + retracted);
  }

  @Test
  void theCitedPaperShowsWhoCitesItWithAChartPerYear() throws Exception {
    String citedDoi = doi();
    long cited = papers.store(paper("Page cited " + unique(), citedDoi, "Wolf", 2005).build());
    for (int year : new int[] {2010, 2010, 2013}) {
      papers.store(
          paper("Citer " + unique(), doi(), "Xu", year).reference(byDoi(citedDoi)).build());
    }

    Document page = page(cited);

    Element section = page.selectFirst("section.cited-by");
    assertThat(section).isNotNull();
    assertThat(section.selectFirst("h2").text()).isEqualTo("Cited by 3");
    assertThat(section.select("li.paper-card")).hasSize(3);
    Element svg = section.selectFirst("svg");
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.selectFirst("title").text()).isEqualTo("Citations per year");
    assertThat(svg.selectFirst("desc").text()).contains("2010: 2, 2013: 1");
    assertThat(svg.select("rect.chart-bar")).hasSize(4);
    assertThat(section.select("table.citation-years tbody tr"))
        .extracting(Element::text)
        .containsExactly("2010 2", "2013 1");
    assertThat(page.selectFirst(".cites-retracted")).isNull();
    assertThat(page.html()).doesNotContain("style=").doesNotContain("<script>");
  }

  @Test
  void aPaperWithoutReferencesOrCitationsShowsNeitherSection() throws Exception {
    long alone =
        papers.store(paper("Uncited and citing nothing " + unique(), doi(), "Yates", 2021).build());

    Document page = page(alone);

    assertThat(page.select("section.cited-research, section.cited-by, .cites-retracted")).isEmpty();
  }

  private Document page(long id) throws Exception {
    String html =
        mvc.perform(get("/papers/{id}", id))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }
}
