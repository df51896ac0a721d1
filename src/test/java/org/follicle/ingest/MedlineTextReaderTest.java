package org.follicle.ingest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.follicle.SharedData;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Category;
import org.follicle.catalog.PaperRecord.Notice;
import org.follicle.catalog.PaperRecord.NoticeKind;
import org.follicle.catalog.PartialDate;
import org.follicle.ingest.PubmedXmlReaderTest.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MedlineTextReaderTest {

  /** What reading each MEDLINE text file of the shared data gives, alone. */
  static final Map<String, Counts> EXPECTED =
      Map.ofEntries(
          entry("biopython-pubmed_result1.txt", new Counts(1, 0, 0, 0)),
          entry("biopython-pubmed_result2.txt", new Counts(4, 0, 0, 0)),
          entry("biopython-pubmed_result3.txt", new Counts(1, 0, 0, 0)),
          entry("jabref-MedlinePlain-CompleteEntry.txt", new Counts(1, 0, 0, 0)),
          // The JabRef fixtures below hold records with a PMID and no title.
          entry("jabref-MedlinePlain-DOI.txt", new Counts(0, 1, 0, 0)),
          entry("jabref-MedlinePlain-Inproceeding.txt", new Counts(0, 1, 0, 0)),
          entry("jabref-MedlinePlain-MultiAbstract.txt", new Counts(0, 1, 0, 0)),
          entry("jabref-MedlinePlain-MultiTitle.txt", new Counts(1, 0, 0, 0)),
          entry("jabref-MedlinePlain-MultipleEntries.txt", new Counts(2, 5, 1, 0)),
          entry("jabref-MedlinePlain-StringOutOfBounds.txt", new Counts(2, 0, 1, 0)),
          entry("jabref-NbibImporterTest.nbib", new Counts(1, 0, 0, 0)));

  private final MedlineTextReader reader = new MedlineTextReader();

  static Stream<String> files() {
    return EXPECTED.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEveryMedlineTextFileWithItsCounts(String name) throws IOException {
    assertThat(Counts.of(read(name))).isEqualTo(EXPECTED.get(name));
  }

  @Test
  void coversEveryMedlineTextFileOfTheSharedData() throws IOException {
    try (Stream<Path> files = Files.list(SharedData.file("pubmed/medline-text"))) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void recognizesEveryMedlineTextFile(String name) throws IOException {
    Path file = SharedData.file("pubmed/medline-text/" + name);

    assertThat(reader.recognizes(name, PubmedXmlReaderTest.head(file))).isTrue();
  }

  @Test
  void keepsEveryFieldOfAStructuredRecord() throws IOException {
    PaperRecord paper = read("biopython-pubmed_result2.txt").records.get(0);

    assertThat(paper.title())
        .isEqualTo("A high level interface to SCOP and ASTRAL implemented in python.");
    assertThat(paper.pmid()).isEqualTo("16403221");
    assertThat(paper.pmcid()).isEqualTo("PMC1373603");
    assertThat(paper.doi()).isEqualTo(Doi.parse("10.1186/1471-2105-7-10"));
    assertThat(paper.journal())
        .isEqualTo(new PaperRecord.Journal("BMC bioinformatics", null, "1471-2105", null));
    assertThat(paper.volume()).isEqualTo("7");
    assertThat(paper.issue()).isNull();
    assertThat(paper.pages()).isEqualTo("10");
    assertThat(paper.date()).isEqualTo(PartialDate.ofYear(2006));
    assertThat(paper.language()).isEqualTo("eng");
    assertThat(paper.publicationTypes()).containsExactly("Evaluation Studies", "Journal Article");
    assertThat(paper.articleType()).isEqualTo("Evaluation Studies");
    assertThat(paper.authors())
        .extracting(Author::displayName)
        .containsExactly("James A Casbon", "Gavin E Crooks", "Mansoor A S Saqi");
    assertThat(paper.authors().get(0).affiliation())
        .isEqualTo(
            "Bioinformatics, Institute of Cell and Molecular Science, School of Medicine and"
                + " Dentistry, Queen Mary, University of London, London EC1 6BQ, UK."
                + " j.a.casbon@qmul.ac.uk");
    assertThat(paper.authors().get(1).affiliation()).isNull();
    assertThat(paper.abstractSections())
        .extracting(AbstractSection::label)
        .containsExactly("BACKGROUND", "RESULTS", "CONCLUSION");
    assertThat(paper.abstractSections().get(2).text())
        .isEqualTo(
            "The modules make the analysis and generation of datasets for use in structural"
                + " genomics easier and more principled.");
    assertThat(paper.categories())
        .hasSize(9)
        .contains(
            new Category("Database Management Systems", true),
            new Category("Information Storage and Retrieval", true),
            new Category("Programming Languages", false));
  }

  @Test
  void keepsCollectiveAuthorsIssnTypesAndTheDoiOfAnNbibExport() throws IOException {
    PaperRecord paper = read("jabref-NbibImporterTest.nbib").records.get(0);

    assertThat(paper.title()).isEqualTo("Proteomics: A new perspective for cancer.");
    assertThat(paper.doi()).isEqualTo(Doi.parse("10.4103/2277-9175.180636"));
    assertThat(paper.journal())
        .isEqualTo(
            new PaperRecord.Journal("Advanced biomedical research", null, "2277-9175", null));
    assertThat(paper.articleType()).isEqualTo("Review");
    assertThat(paper.authors())
        .extracting(Author::displayName)
        .containsExactly(
            "Basavaradhya Sahukar Shruthi", "Palani Vinodhkumar", "Selvamani", "corporater");
    assertThat(paper.authors().get(2).affiliation())
        .isEqualTo(
            "Department of Oral and Maxillofacial Pathology and Microbiology, College of Dental"
                + " Sciences, Davangere, Karnataka, India.");
    assertThat(paper.keywords())
        .containsExactly(
            "Biomarkers", "electrophoresis", "neoplasia", "spectrometry", "translation");
  }

  @Test
  void joinsRepeatedTitleLinesIntoOneTitle() throws IOException {
    PaperRecord paper = read("jabref-MedlinePlain-MultiTitle.txt").records.get(0);

    assertThat(paper.title())
        .isEqualTo(
            "This is a Testtitle This title should be appended: This title should also be"
                + " appended. Another append to the Title? LastTitle");
    assertThat(paper.pmid()).isNull();
    assertThat(paper.articleType()).isEqualTo("Book");
  }

  @Test
  void keepsRepeatedAbstractLinesAsParagraphs() {
    PaperRecord paper =
        only(readText("TI  - T.\nAB  - Old Abstract\nAB  - BACKGROUND: new abstract\n"));

    assertThat(paper.abstractSections())
        .containsExactly(
            new AbstractSection(null, "Old Abstract"),
            new AbstractSection("BACKGROUND", "new abstract"));
  }

  @Test
  void reportsStrayLinesAndRejectsRecordsWithoutATitleNamingTheirLines() throws IOException {
    RecordingSink sink = read("jabref-MedlinePlain-MultipleEntries.txt");

    assertThat(sink.records).extracting(PaperRecord::pmid).containsExactly("20481061", null);
    assertThat(sink.warnings)
        .containsExactly("line 53: not a MEDLINE line (a tag, then '- ' and a value): left out");
    assertThat(sink.rejections)
        .containsExactly(
            "record 2 (line 55): title: missing, and a paper needs one",
            "record 4 (line 87): title: missing, and a paper needs one",
            "record 5 (line 91): title: missing, and a paper needs one",
            "record 6 (line 95): title: missing, and a paper needs one",
            "record 7 (line 99): title: missing, and a paper needs one");
  }

  @Test
  void readsNoticesOrcidIdsIssnsAndDatesFromTheirLines() {
    PaperRecord paper =
        only(
            readText(
                """
                PMID- 123
                TI  - A paper with notices.
                DP  - 1998 Dec-1999 Jan
                IS  - 1234-5679 (Linking)
                IS  - 0028-0836 (Print)
                FAU - Doe, Jane
                AUID- ORCID: https://orcid.org/0000-0002-1825-0097
                AD  - First place.
                AD  - Second place.
                RIN - Nature. 2005 Jan 6;433(7021):86. PMID: 15635411
                EIN - BMJ. 2022 Apr 25;377:o1045. doi: 10.1136/bmj.o1045. PMID: 35470203
                ECI - J Foo. 2020;1:2.
                """));

    assertThat(paper.date()).isEqualTo(PartialDate.ofMonth(1998, 12));
    assertThat(paper.journal()).isNull();
    assertThat(paper.authors())
        .containsExactly(new Author("Doe", "Jane", null, "0000-0002-1825-0097", "First place."));
    assertThat(paper.notices())
        .containsExactly(
            new Notice(NoticeKind.RETRACTION, "Nature. 2005 Jan 6;433(7021):86.", null, "15635411"),
            new Notice(
                NoticeKind.CORRECTION,
                "BMJ. 2022 Apr 25;377:o1045. doi: 10.1136/bmj.o1045.",
                Doi.parse("10.1136/bmj.o1045"),
                "35470203"),
            new Notice(NoticeKind.EXPRESSION_OF_CONCERN, "J Foo. 2020;1:2.", null, null));
  }

  @Test
  void leavesOutWrongValuesWithAWarningNamingRecordAndField() {
    RecordingSink sink =
        readText(
            "PMID- 7\nTI  - T.\nDP  - 2019 Feb 30\nAID - 5555/x [doi]\n"
                + "AU  - Roe R\nAUID- ORCID: 0000-0002-1825-0096\n");

    assertThat(only(sink).date()).isEqualTo(PartialDate.ofYear(2019));
    assertThat(sink.warnings)
        .hasSize(3)
        .allMatch(warning -> warning.startsWith("record 1 (line 1): "))
        .anyMatch(warning -> warning.contains("DP month and day left out"))
        .anyMatch(warning -> warning.contains("DOI left out: '5555/x' is not a DOI"))
        .anyMatch(warning -> warning.contains("ORCID iD left out: '0000-0002-1825-0096'"));
  }

  @Test
  void readsCrlfLinesAByteOrderMarkAndRecordsWithoutBlankLinesBetweenThem() {
    RecordingSink sink =
        readText("\uFEFFPMID- 1\r\nTI  - One.\r\nPMID- 2\r\nTI  - Two\r\n  too.\r\n");

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("One.", "Two too.");
    assertThat(sink.rejections).isEmpty();
  }

  @Test
  void rejectsARecordWithBytesThatAreNotUtf8AndKeepsTheOthers() {
    // 0xC3 starts a two-byte sequence; "(" cannot continue it.
    byte[] text =
        "PMID- 1\nTI  - Good.\n\nPMID- 2\nTI  - M\u00c3(ller.\n\nPMID- 3\nTI  - Also good.\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    RecordingSink sink = new RecordingSink();

    reader.read(new ByteArrayInputStream(text), "inline", sink);

    assertThat(sink.records).extracting(PaperRecord::pmid).containsExactly("1", "3");
    assertThat(sink.rejections)
        .containsExactly("record 2 (line 4): line 5 is not valid UTF-8 text");
  }

  @Test
  void keepsTheRecordsBeforeAnInputThatBreaksOff() {
    InputStream brokenOff =
        new SequenceInputStream(
            new ByteArrayInputStream(
                "PMID- 1\nTI  - One.\n\nPMID- 2\nTI  - Tw".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new EOFException("Unexpected end of ZLIB input stream");
              }
            });
    RecordingSink sink = new RecordingSink();

    reader.read(brokenOff, "inline", sink);

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("One.");
    assertThat(sink.rejections)
        .containsExactly(
            "record 2 (line 4), after line 4: the input could not be read to its end: Unexpected"
                + " end of ZLIB input stream; reading stopped, 1 record was read before it");
  }

  @Test
  void recognizesTaggedTextButNotRisOrXml() throws IOException {
    assertThat(recognizes("\uFEFF\n\nPMID- 12345\nTI  - x")).isTrue();
    assertThat(recognizes("TI  - A title\nAB  - text")).isTrue();
    assertThat(recognizes("TY  - JOUR\nTI  - A title\nER  - ")).isFalse();
    assertThat(recognizes("T1  - A title\nER  - \n")).isFalse();
    assertThat(recognizes("<?xml version=\"1.0\"?><PubmedArticleSet>")).isFalse();
    try (Stream<Path> files = Files.walk(SharedData.file("ris"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(reader.recognizes(file.getFileName().toString(), PubmedXmlReaderTest.head(file)))
            .as(file.toString())
            .isFalse();
      }
    }
  }

  private boolean recognizes(String head) {
    return reader.recognizes("input.txt", head.getBytes(StandardCharsets.UTF_8));
  }

  private RecordingSink read(String name) throws IOException {
    return RecordingSink.read(reader, SharedData.file("pubmed/medline-text/" + name));
  }

  private RecordingSink readText(String text) {
    RecordingSink sink = new RecordingSink();
    reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "inline", sink);
    return sink;
  }

  private static PaperRecord only(RecordingSink sink) {
    assertThat(sink.records).hasSize(1);
    return sink.records.get(0);
  }
}
