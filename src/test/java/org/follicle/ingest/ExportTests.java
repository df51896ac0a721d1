package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.follicle.catalog.TestRecords;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class ExportTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired Importer importer;
  @Autowired PaperExporter exporter;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void downloadsOnePaperInEveryFormatAsANamedFile(ExportFormat format) throws Exception {
    long id =
        stored(
            TestRecords.full(
                "Baricitinib in alopecia areata",
                "10.1234/bari",
                "7007",
                PartialDate.ofMonth(2022, 5)));

    String body =
        mvc.perform(get("/api/papers/{id}/export", id).param("format", format.id()))
            .andExpect(status().isOk())
            .andExpect(
                header()
                    .string("Content-Type", org.hamcrest.Matchers.startsWith(format.mediaType())))
            .andExpect(
                header()
                    .string(
                        "Content-Disposition",
                        org.hamcrest.Matchers.containsString(
                            "follicle-paper-" + id + format.extension())))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(body).contains("Baricitinib in alopecia areata");
  }

  @Test
  void answersUnknownFormatsAndPapersWithProblemJson() throws Exception {
    long id = stored(TestRecords.withDoi("Exported", "10.1234/exp"));

    mvc.perform(get("/api/papers/{id}/export", id).param("format", "endnote"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("endnote")));
    mvc.perform(get("/api/papers/424242/export").param("format", "ris"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No paper has id 424242"));
  }

  @Test
  void thePaperPageLinksEveryExport() throws Exception {
    long id = stored(TestRecords.withDoi("Linked exports", "10.1234/links"));

    String html =
        mvc.perform(get("/papers/{id}", id)).andReturn().getResponse().getContentAsString();

    assertThat(Jsoup.parse(html).select(".export-links a").eachAttr("href"))
        .containsExactly(
            "/api/papers/%d/export?format=bibtex".formatted(id),
            "/api/papers/%d/export?format=ris".formatted(id),
            "/api/papers/%d/export?format=csl-json".formatted(id),
            "/api/papers/%d/export?format=apa".formatted(id),
            "/api/papers/%d/export?format=vancouver".formatted(id),
            "/api/papers/%d/export?format=ama".formatted(id));
  }

  @ParameterizedTest
  @EnumSource(
      value = ExportFormat.class,
      names = {"CSL_JSON", "RIS", "BIBTEX"})
  void exportThenReimportKeepsThePapersAndTheirFacts(ExportFormat format) throws IOException {
    importFile("csl/commonmeta-csl-list.json");
    importFile("jats/pmc/PMC7500000.xml");
    importFile("crossref/commonmeta-work-message-10.7554_elife.01567.json");
    List<PaperRecord> before = sorted(catalog.allPapers().toList());
    StringWriter exported = new StringWriter();
    exporter.export(catalog.allPapers(), format, exported);

    EmptyCatalog.empty(jdbc);
    ImportReport report =
        importer.importStream(
            "exported" + format.extension(),
            new ByteArrayInputStream(exported.toString().getBytes(StandardCharsets.UTF_8)),
            Optional.of(format.id()));
    List<PaperRecord> after = sorted(catalog.allPapers().toList());

    assertThat(report.rejected()).isZero();
    assertThat(after).hasSameSizeAs(before);
    for (int i = 0; i < before.size(); i++) {
      assertThat(facts(after.get(i))).isEqualTo(facts(before.get(i)));
    }
  }

  private static List<Object> facts(PaperRecord p) {
    return List.of(
        p.title(),
        p.authors().stream().map(PaperRecord.Author::displayName).toList(),
        p.journal() == null ? "" : p.journal().name(),
        p.date(),
        p.doi() == null ? "" : p.doi().value(),
        p.pmid() == null ? "" : p.pmid());
  }

  private static List<PaperRecord> sorted(List<PaperRecord> papers) {
    return papers.stream().sorted(Comparator.comparing(PaperRecord::title)).toList();
  }

  private void importFile(String relative) throws IOException {
    Path file = SharedData.file(relative);
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(
              importer.importStream(file.getFileName().toString(), in, Optional.empty()).imported())
          .isPositive();
    }
  }

  private long stored(PaperRecord record) {
    catalog.upsert(record);
    return catalog.idByDoi(record.doi()).orElseThrow();
  }
}
