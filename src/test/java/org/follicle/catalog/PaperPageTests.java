package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class PaperPageTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void showsTheCatalogueFactsOfAPaper() throws Exception {
    long id =
        store(TestRecords.full("A page", "10.1234/page", "9090", PartialDate.ofMonth(2024, 1)));

    Document page = page("/papers/" + id);

    assertThat(page.select("h1").text()).isEqualTo("A page");
    assertThat(page.select(".eyebrow time").text()).isEqualTo("January 2024");
    assertThat(page.select(".eyebrow time").attr("datetime")).isEqualTo("2024-01");
    assertThat(page.select(".authors a").eachText())
        .containsExactly("Eda Öksüm Solak", "Murat Borlu", "Hair Research Group");
    assertThat(page.select(".journal-link").text()).isEqualTo("Journal of Hair Science");
    assertThat(page.select(".doi-link").attr("href")).isEqualTo("https://doi.org/10.1234/page");
    assertThat(page.select(".facts dd").eachText())
        .contains("12", "3", "101-109", "Follicle Test Press", "9090");
    assertThat(page.select(".keywords a").eachAttr("href"))
        .containsExactly("/topics/alopecia-areata", "/topics/tofacitinib");
    assertThat(page.select(".categories li.major a").text()).isEqualTo("Alopecia Areata");
    assertThat(page.select(".abstract h3").eachText()).containsExactly("BACKGROUND", "RESULTS");
  }

  @Test
  void carriesHighwireMetaTagsForReferenceManagers() throws Exception {
    long id =
        store(TestRecords.full("Tagged", "10.1234/tagged", "8080", new PartialDate(2023, 7, 9)));

    Document page = page("/papers/" + id);

    assertThat(meta(page, "citation_title")).containsExactly("Tagged");
    assertThat(meta(page, "citation_author"))
        .containsExactly("Eda Öksüm Solak", "Murat Borlu", "Hair Research Group");
    assertThat(meta(page, "citation_publication_date")).containsExactly("2023/07/09");
    assertThat(meta(page, "citation_journal_title")).containsExactly("Journal of Hair Science");
    assertThat(meta(page, "citation_volume")).containsExactly("12");
    assertThat(meta(page, "citation_issue")).containsExactly("3");
    assertThat(meta(page, "citation_firstpage")).containsExactly("101");
    assertThat(meta(page, "citation_doi")).containsExactly("10.1234/tagged");
    assertThat(meta(page, "citation_pmid")).containsExactly("8080");
  }

  @Test
  void describesThePaperAsScholarlyArticleJsonLd() throws Exception {
    long id = store(TestRecords.full("Linked data", "10.1234/ld", null, PartialDate.ofYear(2022)));

    JsonNode article =
        json.readTree(page("/papers/" + id).select("script[type=application/ld+json]").html());

    assertThat(article.path("@type").asString()).isEqualTo("ScholarlyArticle");
    assertThat(article.path("headline").asString()).isEqualTo("Linked data");
    assertThat(article.path("datePublished").asString()).isEqualTo("2022");
    assertThat(article.path("sameAs").asString()).isEqualTo("https://doi.org/10.1234/ld");
    assertThat(article.path("author").path(1).path("identifier").asString())
        .isEqualTo("https://orcid.org/0000-0002-1825-0097");
    assertThat(article.at("/isPartOf/isPartOf/isPartOf/name").asString())
        .isEqualTo("Journal of Hair Science");
  }

  @Test
  void jsonLdCannotCloseItsScriptElement() throws Exception {
    long id = store(TestRecords.withDoi("Evil </script><script>alert(1)</script>", "10.1234/evil"));

    String html = mvc.perform(get("/papers/" + id)).andReturn().getResponse().getContentAsString();

    assertThat(html).doesNotContain("</script><script>alert(1)");
    assertThat(Jsoup.parse(html).select("script[type=application/ld+json]")).hasSize(1);
    assertThat(Jsoup.parse(html).select("h1").text())
        .isEqualTo("Evil </script><script>alert(1)</script>");
  }

  @Test
  void doiAndPmidAddressesRedirectToThePaperPage() throws Exception {
    long id =
        store(
            TestRecords.record(
                "Addressed",
                Doi.parse("10.3389/fimmu.2022.904156"),
                "123456",
                PartialDate.ofYear(2022)));

    mvc.perform(get("/doi/10.3389/FIMMU.2022.904156")).andExpect(redirectedUrl("/papers/" + id));
    mvc.perform(get("/pmid/123456")).andExpect(redirectedUrl("/papers/" + id));
  }

  @Test
  void homeListsTheNewestStudiesFirst() throws Exception {
    store(TestRecords.record("Older", Doi.parse("10.1234/older"), null, PartialDate.ofYear(2019)));
    store(
        TestRecords.record(
            "Newer", Doi.parse("10.1234/newer"), null, PartialDate.ofMonth(2024, 1)));
    store(TestRecords.record("Undated", Doi.parse("10.1234/undated"), null, null));

    Document home = page("/");

    assertThat(home.select(".paper-title").eachText()).containsExactly("Newer", "Older", "Undated");
    assertThat(home.select("nav a").eachText())
        .contains("Studies", "Topics", "Community", "Requests", "API");
  }

  @Test
  void authorJournalAndTopicPagesListTheirPapers() throws Exception {
    long id = store(TestRecords.full("Listed", "10.1234/listed", null, PartialDate.ofYear(2021)));
    Document paper = page("/papers/" + id);

    for (String link :
        List.of(
            paper.select(".authors a").first().attr("href"),
            paper.select(".journal-link").attr("href"),
            paper.select(".keywords a").first().attr("href"),
            paper.select(".categories a").first().attr("href"))) {
      Document listing = page(link);
      assertThat(listing.select(".paper-title").eachText()).as(link).containsExactly("Listed");
      assertThat(listing.select(".paper-card time").text()).as(link).isEqualTo("2021");
      assertThat(listing.select(".paper-card .journal").text())
          .as(link)
          .isEqualTo("Journal of Hair Science");
    }
    assertThat(page("/topics").select(".tags a").eachText())
        .contains("tofacitinib 1", "Alopecia Areata 1");
  }

  @Test
  void everyPageSendsAStrictContentSecurityPolicy() throws Exception {
    String policy =
        mvc.perform(get("/")).andReturn().getResponse().getHeader("Content-Security-Policy");

    assertThat(policy).contains("default-src 'self'", "script-src 'self'", "object-src 'none'");
  }

  private long store(PaperRecord record) {
    catalog.upsert(record);
    return record.doi() != null
        ? catalog.idByDoi(record.doi()).orElseThrow()
        : catalog.idByPmid(record.pmid()).orElseThrow();
  }

  private Document page(String url) throws Exception {
    String html =
        mvc.perform(get(url).accept(MediaType.TEXT_HTML))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return Jsoup.parse(html);
  }

  private static List<String> meta(Document page, String name) {
    return page.select("meta[name=" + name + "]").stream()
        .map(Element::attributes)
        .map(a -> a.get("content"))
        .toList();
  }
}
