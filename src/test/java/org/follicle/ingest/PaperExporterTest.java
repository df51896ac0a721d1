package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import de.undercouch.citeproc.ris.RISType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.follicle.SharedData;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Journal;
import org.follicle.catalog.PartialDate;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

class PaperExporterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final PaperExporter exporter = new PaperExporter(JSON);

  /** A made-up trial with every field an export can carry. */
  static PaperRecord fullTrial() {
    return PaperRecord.builder()
        .title("Oral versus Topical Minoxidil for Androgenetic Alopecia: A Randomized Trial")
        .articleType("Randomized Controlled Trial")
        .publicationType("Journal Article")
        .publicationType("Randomized Controlled Trial")
        .date(new PartialDate(2024, 1, 5))
        .journal(
            new Journal("Journal of Hair Science", "1234-5678", "2345-6789", "Follicle Test Press"))
        .volume("12")
        .issue("3")
        .pages("101-109")
        .doi(Doi.parse("10.5555/jhs.2024.0105"))
        .pmid("38000001")
        .pmcid("PMC10800001")
        .language("eng")
        .author(new Author("Öksüm Solak", "Eda", null, null, "Dermatology, Example University"))
        .author(new Author("Borlu", "Murat", null, "0000-0002-1825-0097", null))
        .author(new Author(null, null, "Hair Research Group", null, null))
        .keyword("androgenetic alopecia")
        .keyword("minoxidil")
        .category(new PaperRecord.Category("Alopecia", true))
        .abstractSection(new AbstractSection("BACKGROUND", "Why the trial was done."))
        .abstractSection(new AbstractSection("RESULTS", "What it found."))
        .build();
  }

  /** A paper known by its title alone. */
  static PaperRecord minimal() {
    return PaperRecord.builder().title("Hair cycle notes").build();
  }

  static PaperRecord titled(String title, PartialDate date) {
    return PaperRecord.builder()
        .title(title)
        .date(date)
        .journal(new Journal("Journal of Hair Science", null, null, null))
        .author(new Author("Borlu", "Murat", null, null, null))
        .build();
  }

  /** A golden file from src/test/resources/ingest/export. */
  static String golden(String name) throws IOException {
    try (InputStream in = PaperExporterTest.class.getResourceAsStream("/ingest/export/" + name)) {
      assertThat(in).as("golden file %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String goldenName(String record, ExportFormat format) {
    return record + "-" + format.id() + format.extension();
  }

  String export(List<PaperRecord> papers, ExportFormat format) {
    StringWriter out = new StringWriter();
    exporter.export(papers.stream(), format, out);
    return out.toString();
  }

  /** RIS lines end in CRLF; the golden files keep LF so that git and editors leave them alone. */
  static String withLf(String text) {
    return text.replace("\r\n", "\n");
  }

  @Nested
  class GoldenOutput {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesAFullyDescribedPaperAsTheGoldenFileHasIt(ExportFormat format) throws IOException {
      String output = exporter.export(fullTrial(), format);
      assertThat(withLf(output)).isEqualTo(golden(goldenName("full", format)));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesAPaperWithOnlyATitleWithoutInventingFields(ExportFormat format) throws IOException {
      String output = exporter.export(minimal(), format);
      assertThat(withLf(output)).isEqualTo(golden(goldenName("minimal", format)));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesSeveralPapersAsTheirSingleExportsJoined(ExportFormat format) throws IOException {
      String output = export(List.of(fullTrial(), minimal()), format);
      assertThat(withLf(output)).isEqualTo(golden(goldenName("both", format)));
    }
  }

  @Nested
  class Streaming {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesEachPaperBeforeTakingTheNext(ExportFormat format) {
      StringWriter out = new StringWriter();
      List<Integer> lengthsWhenTaken = new ArrayList<>();
      Stream<PaperRecord> papers =
          Stream.of(fullTrial(), minimal(), fullTrial())
              .peek(paper -> lengthsWhenTaken.add(out.getBuffer().length()));

      exporter.export(papers, format, out);

      assertThat(lengthsWhenTaken.get(1)).isGreaterThan(lengthsWhenTaken.get(0));
      assertThat(lengthsWhenTaken.get(2)).isGreaterThan(lengthsWhenTaken.get(1));
    }

    @Test
    void writesAnEmptyArrayForNoPapersInCslJson() {
      assertThat(export(List.of(), ExportFormat.CSL_JSON)).isEqualTo("[\n]\n");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = "CSL_JSON", mode = EnumSource.Mode.EXCLUDE)
    void writesNothingForNoPapers(ExportFormat format) {
      assertThat(export(List.of(), format)).isEmpty();
    }
  }

  @Nested
  class Formats {

    @Test
    void findsAFormatByItsId() {
      assertThat(ExportFormat.of("csl-json")).isEqualTo(ExportFormat.CSL_JSON);
      assertThat(ExportFormat.of("Vancouver")).isEqualTo(ExportFormat.VANCOUVER);
    }

    @Test
    void refusesAnUnknownIdNamingTheKnownOnes() {
      assertThatThrownBy(() -> ExportFormat.of("endnote"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("endnote")
          .hasMessageContaining("bibtex, ris, csl-json, apa, vancouver, ama");
    }

    @ParameterizedTest
    @CsvSource({
      "Journal Article, true, @article, JOUR, article-journal",
      "Book, false, @book, BOOK, book",
      "Book Chapter, true, @incollection, CHAP, chapter",
      "Conference Paper, true, @inproceedings, CPAPER, paper-conference",
      "Thesis, false, @phdthesis, THES, thesis",
      "Report, false, @techreport, RPRT, report",
      "Case Reports, true, @article, JOUR, article-journal",
      "Dataset, false, @misc, GEN, dataset",
      "Editorial, false, @misc, GEN, document"
    })
    void namesTheEntryTypeAfterThePublicationType(
        String publicationType, boolean inJournal, String bibtex, String ris, String csl) {
      PaperRecord.Builder paper =
          PaperRecord.builder().title("Hair").publicationType(publicationType);
      if (inJournal) {
        paper.journal(new Journal("Hair Volumes", null, null, null));
      }
      PaperRecord record = paper.build();

      assertThat(exporter.export(record, ExportFormat.BIBTEX)).startsWith(bibtex + "{");
      assertThat(exporter.export(record, ExportFormat.RIS)).startsWith("TY  - " + ris + "\r\n");
      assertThat(exporter.export(record, ExportFormat.CSL_JSON))
          .contains("\"type\" : \"" + csl + "\"");
    }

    @Test
    void namesTheBookOfAChapterAsBookTitleAndTheUniversityOfAThesisAsSchool() {
      PaperRecord chapter =
          PaperRecord.builder()
              .title("Hair follicle cycling")
              .publicationType("Book Chapter")
              .journal(new Journal("Hair Biology", null, null, "Follicle Books"))
              .build();
      PaperRecord thesis =
          PaperRecord.builder()
              .title("Scalp microbiome")
              .publicationType("Thesis")
              .journal(new Journal("Theses", null, null, "Example University"))
              .build();

      assertThat(exporter.export(chapter, ExportFormat.BIBTEX))
          .contains("  booktitle = {Hair Biology},\n  publisher = {Follicle Books}\n");
      assertThat(exporter.export(chapter, ExportFormat.RIS))
          .contains("T2  - Hair Biology\r\nPB  - Follicle Books\r\n")
          .doesNotContain("JO  - ");
      assertThat(exporter.export(thesis, ExportFormat.BIBTEX))
          .contains("  school = {Example University}");
    }

    @Test
    void writesEveryRisLineWithCrlf() {
      String ris = export(List.of(fullTrial(), minimal()), ExportFormat.RIS);

      assertThat(ris.replace("\r\n", "")).doesNotContain("\n", "\r");
    }

    @Test
    void keepsEachRisValueOnOneLine() {
      PaperRecord paper =
          PaperRecord.builder()
              .title("Hair\nloss\r\n  in  two lines")
              .abstractSection(new AbstractSection(null, "First paragraph."))
              .abstractSection(new AbstractSection(null, "Second\nparagraph."))
              .build();

      assertThat(exporter.export(paper, ExportFormat.RIS))
          .contains("TI  - Hair loss in two lines\r\n")
          .contains("AB  - First paragraph. Second paragraph.\r\n");
    }

    @Test
    void writesPagesThatAreNoRangeWhole() {
      PaperRecord paper =
          PaperRecord.builder()
              .title("Hair")
              .journal(new Journal("J", null, null, null))
              .pages("e1234")
              .build();

      assertThat(exporter.export(paper, ExportFormat.BIBTEX)).contains("  pages = {e1234}");
      assertThat(exporter.export(paper, ExportFormat.RIS))
          .contains("SP  - e1234\r\n")
          .doesNotContain("EP  - ");
    }
  }

  @Nested
  class Bibtex {

    @Test
    void makesCitationKeysUniqueWithinOneExport() {
      PartialDate year = PartialDate.ofYear(2024);
      List<PaperRecord> papers =
          List.of(
              titled("Tofacitinib in children", year),
              titled("Tofacitinib in adults", year),
              titled("Tofacitinib in teenagers", year),
              titled("Baricitinib in adults", year));

      String bibtex = export(papers, ExportFormat.BIBTEX);

      assertThat(bibtex.lines().filter(line -> line.startsWith("@")))
          .containsExactly(
              "@article{Borlu2024Tofacitinib,",
              "@article{Borlu2024Tofacitiniba,",
              "@article{Borlu2024Tofacitinibb,",
              "@article{Borlu2024Baricitinib,");
    }

    @Test
    void startsCitationKeysAfreshInEachExport() {
      PaperRecord paper = titled("Tofacitinib in children", PartialDate.ofYear(2024));

      assertThat(exporter.export(paper, ExportFormat.BIBTEX))
          .isEqualTo(exporter.export(paper, ExportFormat.BIBTEX));
    }

    @Test
    void foldsCitationKeysToAsciiLettersAndDigits() {
      PaperRecord paper =
          PaperRecord.builder()
              .title("“Haarausfall” bei Männern")
              .date(PartialDate.ofYear(2023))
              .author(new Author("Großmann-Øster", "Åse", null, null, null))
              .build();

      assertThat(exporter.export(paper, ExportFormat.BIBTEX))
          .startsWith("@misc{GrossmannOster2023Haarausfall,");
    }

    @Test
    void escapesTheCharactersBibtexAndLatexGiveAMeaning() {
      PaperRecord paper =
          PaperRecord.builder()
              .title("50% of {hair} & #1 costs $5 \\ more")
              .journal(new Journal("Hair & Scalp", null, null, null))
              .author(new Author("O'Brien & Sons", "Ann", null, null, null))
              .keyword("100%")
              .build();

      String bibtex = exporter.export(paper, ExportFormat.BIBTEX);

      assertThat(bibtex)
          .contains("  title = {{50\\% of \\{hair\\} \\& \\#1 costs \\$5 \\textbackslash{} more}},")
          .contains("  author = {O'Brien \\& Sons, Ann},")
          .contains("  journal = {Hair \\& Scalp},")
          .contains("  keywords = {100\\%}");
    }

    @Test
    void bracesCollectiveNamesAndLoneFamilyNamesSoThatTheyStayWhole() {
      PaperRecord paper =
          PaperRecord.builder()
              .title("Hair")
              .author(new Author(null, null, "Hair Research Group", null, null))
              .author(new Author("Öksüm Solak", null, null, null, null))
              .author(new Author("Borlu", null, null, null, null))
              .build();

      assertThat(exporter.export(paper, ExportFormat.BIBTEX))
          .contains("  author = {{Hair Research Group} and {Öksüm Solak} and Borlu}");
    }
  }

  @Nested
  class ReadableByOtherTools {

    @Test
    void writesBibtexThatJbibtexReads() throws Exception {
      String bibtex = export(List.of(fullTrial(), minimal()), ExportFormat.BIBTEX);

      BibTeXDatabase database = new BibTeXParser().parse(new StringReader(bibtex));

      assertThat(database.getEntries()).hasSize(2);
      BibTeXEntry entry = database.resolveEntry(new Key("OksumSolak2024Oral"));
      assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_ARTICLE);
      assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString())
          .isEqualTo("Öksüm Solak, Eda and Borlu, Murat and {Hair Research Group}");
      assertThat(entry.getField(BibTeXEntry.KEY_MONTH).toUserString()).isEqualTo("January");
      assertThat(entry.getField(BibTeXEntry.KEY_PAGES).toUserString()).isEqualTo("101--109");
      assertThat(entry.getField(BibTeXEntry.KEY_DOI).toUserString())
          .isEqualTo("10.5555/jhs.2024.0105");
    }

    @Test
    void writesRisThatCiteprocReads() throws Exception {
      String ris = export(List.of(fullTrial(), minimal()), ExportFormat.RIS);

      RISLibrary library = new RISParser().parse(new StringReader(ris));

      assertThat(library.getReferences()).hasSize(2);
      RISReference reference = library.getReferences().get(0);
      assertThat(reference.getType()).isEqualTo(RISType.JOUR);
      assertThat(reference.getTitle()).isEqualTo(fullTrial().title());
      assertThat(reference.getAuthors())
          .containsExactly("Öksüm Solak, Eda", "Borlu, Murat", "Hair Research Group");
      assertThat(reference.getStartPage()).isEqualTo("101");
      assertThat(reference.getEndPage()).isEqualTo("109");
      assertThat(reference.getDOI()).isEqualTo("10.5555/jhs.2024.0105");
      assertThat(library.getReferences().get(1).getTitle()).isEqualTo("Hair cycle notes");
    }
  }

  @Nested
  class AbstractsByFollicle {

    PaperRecord paper() {
      return PaperRecord.builder()
          .title("Hair")
          .abstractSection(new AbstractSection(null, "A summary Follicle wrote."))
          .abstractWrittenByFollicle(true)
          .build();
    }

    @ParameterizedTest
    @EnumSource(
        value = ExportFormat.class,
        names = {"BIBTEX", "RIS"})
    void leavesOutAnAbstractFollicleWroteWhereTheFormatCannotSaySo(ExportFormat format) {
      assertThat(exporter.export(paper(), format)).doesNotContain("A summary Follicle wrote.");
    }

    @Test
    void marksAnAbstractFollicleWroteInCslJsonAsTheReaderExpects() {
      List<PaperRecord> read = readCslJson(exporter.export(paper(), ExportFormat.CSL_JSON));

      assertThat(read)
          .singleElement()
          .satisfies(
              paper -> {
                assertThat(paper.abstractWrittenByFollicle()).isTrue();
                assertThat(paper.abstractSections())
                    .containsExactly(new AbstractSection(null, "A summary Follicle wrote."));
              });
    }
  }

  @Nested
  class FormattedReferences {

    /** The Frontiers in Immunology case report of the demo content: no authors, no date. */
    PaperRecord caseReport() {
      return PaperRecord.builder()
          .title(
              "Case Report: Successful Treatment of Alopecia Universalis With Tofacitinib and"
                  + " Increased Cytokine Levels: Normal Therapeutic Reaction or Danger Signal?")
          .journal(new Journal("Frontiers in Immunology", null, null, "Frontiers Media SA"))
          .volume("13")
          .doi(Doi.parse("10.3389/fimmu.2022.904156"))
          .build();
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "APA | Case Report: Successful Treatment of Alopecia Universalis With Tofacitinib and"
              + " Increased Cytokine Levels: Normal Therapeutic Reaction or Danger Signal? (n.d.)."
              + " Frontiers in Immunology, 13. https://doi.org/10.3389/fimmu.2022.904156",
          "AMA | Case Report: Successful Treatment of Alopecia Universalis With Tofacitinib and"
              + " Increased Cytokine Levels: Normal Therapeutic Reaction or Danger Signal?"
              + " Frontiers in Immunology. 13. doi:10.3389/fimmu.2022.904156",
          "VANCOUVER | Case Report: Successful Treatment of Alopecia Universalis With Tofacitinib"
              + " and Increased Cytokine Levels: Normal Therapeutic Reaction or Danger Signal?"
              + " Frontiers in Immunology. 13."
        })
    void formatsTheFrontiersCaseReportInTheStyle(ExportFormat format, String reference) {
      assertThat(exporter.export(caseReport(), format)).isEqualTo(reference + "\n");
    }

    @ParameterizedTest
    @EnumSource(
        value = ExportFormat.class,
        names = {"APA", "VANCOUVER", "AMA"})
    void formatsAHundredPapersOneReferenceALine(ExportFormat format) {
      Stream<PaperRecord> papers =
          IntStream.rangeClosed(1, 100)
              .mapToObj(n -> titled("Hair growth study " + n, PartialDate.ofYear(2000 + n % 25)));

      StringWriter out = new StringWriter();
      exporter.export(papers, format, out);

      assertThat(out.toString().lines())
          .hasSize(100)
          .allSatisfy(line -> assertThat(line).startsWith("Borlu").contains("Hair growth study"));
    }

    @Test
    void formatsTheSameReferencesWhenExportsRunAtOnce() {
      List<PaperRecord> papers =
          IntStream.rangeClosed(1, 20)
              .mapToObj(n -> titled("Hair growth study " + n, PartialDate.ofYear(2020)))
              .toList();
      List<String> oneByOne =
          papers.stream().map(paper -> exporter.export(paper, ExportFormat.APA)).toList();

      List<String> atOnce =
          papers.parallelStream().map(paper -> exporter.export(paper, ExportFormat.APA)).toList();

      assertThat(atOnce).isEqualTo(oneByOne);
    }
  }

  @Nested
  class CslJsonRoundTrip {

    @Test
    void readsBackWhatItWrote() {
      List<PaperRecord> papers =
          List.of(fullTrial(), minimal(), titled("Tofacitinib", PartialDate.ofMonth(2023, 7)));

      List<PaperRecord> read = readCslJson(export(papers, ExportFormat.CSL_JSON));

      assertSameCitations(read, papers);
    }

    @Test
    void keepsEveryFieldTheReaderKnows() {
      List<PaperRecord> read = readCslJson(exporter.export(fullTrial(), ExportFormat.CSL_JSON));

      PaperRecord expected = fullTrial();
      assertThat(read)
          .singleElement()
          .usingRecursiveComparison()
          .ignoringFields("authors", "categories", "publicationTypes")
          .isEqualTo(expected);
      assertThat(read.get(0).publicationTypes()).containsExactly("Journal Article");
    }

    @Test
    void readsBackEveryItemOfARealCslFile() throws IOException {
      RecordingSink original =
          RecordingSink.read(
              new CslJsonReader(JSON), SharedData.file("csl/commonmeta-csl-list.json"));

      List<PaperRecord> read = readCslJson(export(original.records, ExportFormat.CSL_JSON));

      assertThat(original.records).hasSize(17);
      assertSameCitations(read, original.records);
      assertThat(read).as("every field the reader knows").isEqualTo(original.records);
    }

    void assertSameCitations(List<PaperRecord> read, List<PaperRecord> written) {
      assertThat(read).hasSameSizeAs(written);
      for (int i = 0; i < written.size(); i++) {
        PaperRecord expected = written.get(i);
        assertThat(read.get(i))
            .as("paper %d, %s", i + 1, expected.title())
            .returns(expected.title(), PaperRecord::title)
            .returns(expected.date(), PaperRecord::date)
            .returns(expected.doi(), PaperRecord::doi)
            .returns(expected.pmid(), PaperRecord::pmid)
            .returns(journalName(expected), PaperExporterTest::journalName)
            .extracting(PaperRecord::authors)
            .asInstanceOf(InstanceOfAssertFactories.list(Author.class))
            .extracting(Author::family, Author::given, Author::collectiveName)
            .containsExactlyElementsOf(
                expected.authors().stream()
                    .map(a -> tuple(a.family(), a.given(), a.collectiveName()))
                    .toList());
      }
    }
  }

  static String journalName(PaperRecord paper) {
    return paper.journal() == null ? null : paper.journal().name();
  }

  static List<PaperRecord> readCslJson(String cslJson) {
    RecordingSink sink = new RecordingSink();
    new CslJsonReader(JSON)
        .read(
            new ByteArrayInputStream(cslJson.getBytes(StandardCharsets.UTF_8)),
            "export.json",
            sink);
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.warnings).isEmpty();
    return sink.records;
  }
}
