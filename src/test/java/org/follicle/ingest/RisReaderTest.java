package org.follicle.ingest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.follicle.SharedData;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Journal;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RIS reading: every shared RIS file counted, the broken ones, and records field by field. */
class RisReaderTest {

  private static final String NO_RECORD = "no RIS record found (a RIS record starts with 'TY  - ')";

  /** Every file under the shared ris/ folder, with what reading it alone must give. */
  static final Map<String, String> EXPECTED =
      Map.ofEntries(
          entry("commonmeta/crossref.ris", "records 1, rejections 0, warnings 0"),
          entry("commonmeta/pure.ris", "records 1, rejections 0, warnings 0"),
          // "TY -  BOOK": a malformed separator on the TY line is still a record start.
          entry("commonmeta/ris_bug.ris", "records 1, rejections 0, warnings 0"),
          // No TY line at all.
          entry("jabref/RisImporterCorrupted.ris", "records 0, rejections 1, warnings 0"),
          // 11 TY lines, one ER: eight bare TY lines and two title-less records are rejected; the
          // one record with a title is kept, with a missing ER, a year "99" and two untagged lines.
          entry("jabref/RisImporterTest1.ris", "records 1, rejections 10, warnings 4"),
          entry("jabref/RisImporterTest3.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest4a.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest4b.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest4c.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest5a.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest5b.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest6.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest7.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest8_date.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTest9.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTestDOI.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTestDate1.1.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTestDate1.2.ris", "records 1, rejections 0, warnings 0"),
          // A patent with a T2 but no TI or T1.
          entry(
              "jabref/RisImporterTestDoiAndJournalTitle.ris",
              "records 0, rejections 1, warnings 0"),
          entry("jabref/RisImporterTestScience.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTestScopus.ris", "records 1, rejections 0, warnings 0"),
          entry("jabref/RisImporterTestWithEmptyER.ris", "records 1, rejections 0, warnings 0"),
          // Ovid Embase export: RIS-like tags but no TY/ER, so not RIS.
          entry("ovid/embase-endnote-export-r3001-3002.ris", "records 0, rejections 1, warnings 0"),
          entry("rispy/example_basic.ris", "records 1, rejections 0, warnings 0"),
          // The BOM, custom-list and multiline examples have no title.
          entry("rispy/example_bom.ris", "records 0, rejections 1, warnings 0"),
          entry("rispy/example_custom_list_tags.ris", "records 0, rejections 1, warnings 0"),
          entry("rispy/example_empty_tag.ris", "records 1, rejections 0, warnings 0"),
          entry("rispy/example_extraneous_data.ris", "records 2, rejections 0, warnings 0"),
          entry("rispy/example_full.ris", "records 2, rejections 0, warnings 0"),
          entry("rispy/example_full_without_whitespace.ris", "records 2, rejections 0, warnings 0"),
          entry("rispy/example_multi_unknown_tags.ris", "records 1, rejections 0, warnings 2"),
          entry("rispy/example_multiline.ris", "records 0, rejections 3, warnings 0"),
          entry("rispy/example_single_unknown_tag.ris", "records 1, rejections 0, warnings 2"),
          entry("rispy/example_starting_newlines.ris", "records 1, rejections 0, warnings 0"),
          entry("rispy/example_urls.ris", "records 4, rejections 0, warnings 0"),
          // Only a short title (ST), which is not the title.
          entry("rispy/example_utf_chars.ris", "records 0, rejections 1, warnings 0"),
          // Web of Science tagged text: two-character tags without "  - ".
          entry("rispy/example_wos.ris", "records 0, rejections 1, warnings 0"));

  private final RisReader reader = new RisReader();

  static Iterable<String> files() {
    return EXPECTED.keySet().stream().sorted().toList();
  }

  static Iterable<String> recordFiles() {
    return EXPECTED.keySet().stream()
        .filter(name -> !name.contains("wos") && !name.contains("ovid"))
        .filter(name -> !name.contains("Corrupted"))
        .sorted()
        .toList();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEverySharedRisFileWithItsCounts(String name) throws IOException {
    RecordingSink sink = readShared("ris/" + name);

    assertThat(
            "records %d, rejections %d, warnings %d"
                .formatted(sink.records.size(), sink.rejections.size(), sink.warnings.size()))
        .isEqualTo(EXPECTED.get(name));
  }

  @Test
  void coversEveryRisFileOfTheSharedData() throws IOException {
    Path folder = SharedData.file("ris");
    try (var files = Files.walk(folder)) {
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .map(f -> folder.relativize(f).toString().replace('\\', '/')))
          .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  @ParameterizedTest
  @MethodSource("recordFiles")
  void recognizesEverySharedFileWithATyLine(String name) throws IOException {
    Path file = SharedData.file("ris/" + name);

    assertThat(reader.recognizes(file.getFileName().toString(), head(file))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rispy/example_wos.ris",
        "ovid/embase-endnote-export-r3001-3002.ris",
        "jabref/RisImporterCorrupted.ris"
      })
  void refusesFilesWithoutTyLinesAsNotRis(String name) throws IOException {
    Path file = SharedData.file("ris/" + name);

    RecordingSink sink = RecordingSink.read(reader, file);

    assertThat(reader.recognizes(file.getFileName().toString(), head(file))).isFalse();
    assertThat(sink.records).isEmpty();
    assertThat(sink.rejections).singleElement().asString().endsWith(": " + NO_RECORD);
  }

  @Test
  void recognizesAMalformedTySeparatorOnlyInAFileNamedRis() throws IOException {
    byte[] head = head(SharedData.file("ris/commonmeta/ris_bug.ris"));

    assertThat(reader.recognizes("ris_bug.ris", head)).isTrue();
    assertThat(reader.recognizes("ris_bug.txt", head)).isFalse();
  }

  @Test
  void doesNotRecognizeMedlineText() throws IOException {
    Path file = SharedData.file("pubmed/medline-text/jabref-NbibImporterTest.nbib");

    assertThat(reader.recognizes(file.getFileName().toString(), head(file))).isFalse();
  }

  @Test
  void keepsTheRecordsAroundBrokenLinesAndReportsEachLine() throws IOException {
    RecordingSink sink = readShared("broken/ris-bad-line.ris");

    assertThat(sink.records)
        .extracting(PaperRecord::title)
        .containsExactly(
            "SYNTHETIC record 1 (hand-written for tests): well-formed",
            "SYNTHETIC record 2: the next line has no \"TAG - \" prefix",
            "SYNTHETIC record 3: missing ER line, file ends inside the record");
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.warnings)
        .containsExactly(
            "line 11: line left out: it has no tag, and TI (line 10) does not continue onto"
                + " further lines",
            "line 12: line left out: 'T2 - only one space before the dash' is not a tag line"
                + " (two characters, two spaces, '-' and a space)",
            "line 13: XX left out: not a RIS tag",
            "line 14: PY left out: '20x1' is not a date such as 2019, 2019/03 or 2019/03/12",
            "record 3 (line 18): ER line missing at the end of the file; kept because the record"
                + " has a title");
  }

  @Test
  void keepsTheOtherFieldsOfARecordWithBrokenLines() throws IOException {
    PaperRecord second = readShared("broken/ris-bad-line.ris").records.get(1);

    assertThat(second.date().isEmpty()).isTrue();
    assertThat(second.journal()).isNull();
    assertThat(second.doi()).isEqualTo(Doi.parse("10.5555/synthetic.ris.2"));
    assertThat(second.authors()).containsExactly(new Author("Beispiel", "Max", null, null, null));
  }

  @Test
  void readsCrlfLinesIgnoringAnEmptyValue() throws IOException {
    RecordingSink sink = readShared("broken/ris-crlf-empty-value.ris");

    assertThat(sink.warnings).isEmpty();
    PaperRecord record = sink.records.get(0);
    assertThat(record.title())
        .isEqualTo("SYNTHETIC record with CRLF line endings and a field with no value");
    assertThat(record.journal()).isNull();
    assertThat(record.date()).isEqualTo(PartialDate.ofYear(2019));
    assertThat(record.authors()).containsExactly(new Author("Crlf", "Windows", null, null, null));
  }

  @Test
  void readsTheCrossrefElifeArticleFieldByField() throws IOException {
    PaperRecord record = readShared("ris/commonmeta/crossref.ris").records.get(0);

    assertThat(record.title())
        .isEqualTo(
            "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis"
                + " hypocotyl secondary growth");
    assertThat(record.publicationTypes()).containsExactly("Journal Article");
    assertThat(record.journal()).isEqualTo(new Journal("eLife", "2050-084X", null, null));
    assertThat(record.authors())
        .extracting(Author::family, Author::given)
        .containsExactly(
            tuple("Sankar", "Martial"),
            tuple("Nieminen", "Kaisa"),
            tuple("Ragni", "Laura"),
            tuple("Xenarios", "Ioannis"),
            tuple("Hardtke", "Christian S"));
    assertThat(record.doi()).isEqualTo(Doi.parse("10.7554/eLife.01567"));
    assertThat(record.date()).isEqualTo(PartialDate.ofYear(2014));
    assertThat(record.volume()).isEqualTo("3");
    assertThat(record.issue()).isNull();
    assertThat(record.pages()).isNull();
    assertThat(record.pmid()).isNull();
    assertThat(record.language()).isNull();
    assertThat(record.keywords()).isEmpty();
    assertThat(record.abstractSections())
        .containsExactly(
            new AbstractSection(
                null,
                "Among various advantages, their small size makes model organisms preferred"
                    + " subjects of investigation. Yet, even in model systems detailed analysis of"
                    + " numerous developmental processes at cellular level is severely hampered"
                    + " by their scale."));
  }

  @Test
  void readsTheFullRispyExampleFieldByField() throws IOException {
    RecordingSink sink = readShared("ris/rispy/example_full.ris");

    PaperRecord first = sink.records.get(0);
    assertThat(first.title()).isEqualTo("Title of reference");
    assertThat(first.publicationTypes()).containsExactly("Journal Article");
    // A2 names an editor, who is no author.
    assertThat(first.authors())
        .containsExactly(
            new Author("Marx", "Karl", null, null, null),
            new Author("Lindgren", "Astrid", null, null, null));
    assertThat(first.date()).isEqualTo(PartialDate.ofYear(2014));
    // The full name (JF) before the abbreviation (JA); PB is the publisher.
    assertThat(first.journal()).isEqualTo(new Journal("Lorem", "1932-6208", null, "Fun Factory"));
    assertThat(first.volume()).isEqualTo("9");
    assertThat(first.issue()).isEqualTo("3");
    assertThat(first.pages()).isEqualTo("e0815");
    assertThat(first.keywords()).containsExactly("Pippi", "Nordwind", "Piraten");
    assertThat(first.doi()).isNull();
    assertThat(first.abstractSections()).singleElement().satisfies(this::isLoremAbstract);
    assertThat(sink.records.get(1).title()).isEqualTo("The title of the reference");
    assertThat(sink.records.get(1).keywords())
        .containsExactly("Pippi Langstrumpf", "Nordwind", "Piraten");
    assertThat(sink.records.get(1).pages()).isEqualTo("e0815341");
  }

  private void isLoremAbstract(AbstractSection section) {
    assertThat(section.label()).isEqualTo("BACKGROUND");
    assertThat(section.text())
        .startsWith("Lorem ipsum dolor sit amet, consectetuer adipiscing elit.")
        .contains("nascetur ridiculus mus. RESULTS: Donec quam felis")
        .endsWith("Nullam dictum felis eu pede mollis pretium.");
  }

  @Test
  void rejectsRecordsWithoutTitleNamingTheirFirstLine() throws IOException {
    RecordingSink sink = readShared("ris/rispy/example_multiline.ris");

    assertThat(sink.records).isEmpty();
    assertThat(sink.rejections)
        .containsExactly(
            "record 1 (line 1): no title: a paper needs a TI or T1 line",
            "record 2 (line 8): no title: a paper needs a TI or T1 line",
            "record 3 (line 17): no title: a paper needs a TI or T1 line");
  }

  @Test
  void continuesAnAbstractOntoLinesWithoutTag() throws IOException {
    PaperRecord record = readShared("ris/rispy/example_empty_tag.ris").records.get(0);

    assertThat(record.abstractSections())
        .containsExactly(
            new AbstractSection(
                null,
                "Background: Athletic endeavor can require the \"athletic shoulder\" to tolerate"
                    + " significant load through supraphysiological range and often under"
                    + " considerable repetition. Outcome measures are valuable when determining"
                    + " an athlete's safe return to sport..."));
    assertThat(record.pages()).isNull();
    assertThat(record.doi()).isEqualTo(Doi.parse("10.1177/2325967120950040"));
    assertThat(record.journal().issnElectronic()).isEqualTo("2325-9671");
    assertThat(record.journal().issnPrint()).isNull();
    // Without a comma there is no telling given from family names.
    assertThat(record.authors()).containsExactly(new Author("Fanning E.", null, null, null, null));
  }

  @Test
  void takesPubmedAndPmcIdentifiersWhereTheyAreClearlyMarked() throws IOException {
    PaperRecord pubmed = readShared("ris/jabref/RisImporterTestDOI.ris").records.get(0);
    PaperRecord pmc = readShared("ris/jabref/RisImporterTest6.ris").records.get(0);
    PaperRecord medlineNote = readShared("ris/jabref/RisImporterTest5b.ris").records.get(0);

    assertThat(pubmed.pmid()).isEqualTo("26957754");
    assertThat(pubmed.pmcid()).isEqualTo("PMC4756000");
    assertThat(pubmed.journal())
        .isEqualTo(
            new Journal(
                "Journal of physical therapy science",
                "0915-5287",
                "2187-5626",
                "The Society of Physical Therapy Science"));
    assertThat(pubmed.language()).isEqualTo("eng");
    assertThat(pubmed.date()).isEqualTo(PartialDate.ofMonth(2016, 1));
    assertThat(pmc.pmid()).isEqualTo("23690738");
    assertThat(pmc.pmcid()).isEqualTo("PMC3654245");
    // "MEDLINE AN 2009142766" in N1 is an accession number, not a PMID.
    assertThat(medlineNote.pmid()).isNull();
  }

  @Test
  void refinesAYearOnlyPublicationYearWithTheFullDateOfTheSameYear() throws IOException {
    assertThat(readShared("ris/jabref/RisImporterTest8_date.ris").records.get(0).date())
        .isEqualTo(new PartialDate(2005, 7, 15));
    assertThat(readShared("ris/jabref/RisImporterTestWithEmptyER.ris").records.get(0).date())
        .isEqualTo(new PartialDate(2013, 7, 22));
    assertThat(readShared("ris/jabref/RisImporterTest7.ris").records.get(0).date())
        .isEqualTo(PartialDate.ofMonth(2015, 10));
  }

  @Test
  void takesTheJournalFromT2OnlyForJournalArticles() throws IOException {
    PaperRecord chapter = readShared("ris/jabref/RisImporterTest3.ris").records.get(0);
    PaperRecord thesis = readShared("ris/commonmeta/pure.ris").records.get(0);

    assertThat(chapter.publicationTypes()).containsExactly("Book Chapter");
    assertThat(chapter.journal()).isNull();
    assertThat(chapter.pages()).isEqualTo("1-22");
    assertThat(chapter.doi()).isEqualTo(Doi.parse("10.1201/b19107-2"));
    assertThat(thesis.publicationTypes()).containsExactly("Thesis");
    assertThat(thesis.journal()).isNull();
    assertThat(thesis.date()).isEqualTo(new PartialDate(2018, 4, 25));
  }

  @Test
  void keepsARecordCutOffByTheNextTyAndRejectsTheBareTyLines() throws IOException {
    RecordingSink sink = readShared("ris/jabref/RisImporterTest1.ris");

    assertThat(sink.records)
        .singleElement()
        .extracting(PaperRecord::title)
        .isEqualTo("Editorial: Open Source and Empirical Software Engineering:");
    assertThat(sink.rejections)
        .first()
        .isEqualTo("record 1 (line 2): no title: a paper needs a TI or T1 line");
    assertThat(sink.warnings)
        .containsExactly(
            "line 21: PY left out: '99' is not a date such as 2019, 2019/03 or 2019/03/12",
            "line 30: line left out: it has no tag, and A1 (line 29) does not continue onto"
                + " further lines",
            "line 31: line left out: it has no tag, and A1 (line 29) does not continue onto"
                + " further lines",
            "record 9 (line 10): ER line missing before the next record at line 39; kept because"
                + " the record has a title");
  }

  @Test
  void reportsTagLinesOutsideAnyRecord() throws IOException {
    RecordingSink sink =
        readText(
            """
            TY  - JOUR
            TI  - First
            ER  -\s
            TI  - Lost its TY line
            AU  - Nobody
            ER  -\s
            TY  - JOUR
            TI  - Second
            ER  -\s
            """);

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("First", "Second");
    assertThat(sink.rejections)
        .containsExactly(
            "line 4: tag lines 4 to 6 have no 'TY  - ' line before them, so they belong to no"
                + " record; left out");
  }

  @Test
  void splitsKeywordListsAndReadsPrintAndOnlineIssns() throws IOException {
    RecordingSink sink =
        readText(
            """
            \uFEFFRecord #1 of 1
            TY  - Journal Article
            TI  - Labelled type
            JO  - J Abbr
            T2  - Full Journal
            SN  - 1234-5679 (Print)
            SN  - 978-1-4822-5326-9
            SN  - 2345678x (Electronic)
            KW  - alopecia; hair loss
            KW  - minoxidil
            finasteride
            PY  - 2020/Mar/05/other
            ER  -
            """);

    PaperRecord record = sink.records.get(0);
    assertThat(sink.warnings).isEmpty();
    assertThat(record.publicationTypes()).containsExactly("Journal Article");
    assertThat(record.journal())
        .isEqualTo(new Journal("Full Journal", "1234-5679", "2345-678X", null));
    assertThat(record.keywords())
        .containsExactly("alopecia", "hair loss", "minoxidil", "finasteride");
    assertThat(record.date()).isEqualTo(new PartialDate(2020, 3, 5));
  }

  @Test
  void readsNothingButARejectionFromEmptyInput() throws IOException {
    RecordingSink sink = readText("");

    assertThat(sink.records).isEmpty();
    assertThat(sink.rejections).containsExactly("line 1: " + NO_RECORD);
  }

  @Test
  void readsBytesThatAreNotUtf8AsReplacementCharacters() throws IOException {
    byte[] latin1 = "TY  - JOUR\nTI  - Caf\u00e9\nER  - \n".getBytes(StandardCharsets.ISO_8859_1);
    RecordingSink sink = new RecordingSink();

    reader.read(new ByteArrayInputStream(latin1), "latin1.ris", sink);

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("Caf\uFFFD");
  }

  private RecordingSink readShared(String file) throws IOException {
    return RecordingSink.read(reader, SharedData.file(file));
  }

  private RecordingSink readText(String text) throws IOException {
    RecordingSink sink = new RecordingSink();
    try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
      reader.read(in, "inline.ris", sink);
    }
    return sink;
  }

  private static byte[] head(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return Arrays.copyOf(bytes, Math.min(bytes.length, 4096));
  }
}
