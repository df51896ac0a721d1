package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.follicle.SharedData;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Category;
import org.follicle.catalog.PaperRecord.Journal;
import org.follicle.catalog.PaperRecord.Notice;
import org.follicle.catalog.PaperRecord.NoticeKind;
import org.follicle.catalog.PaperRecord.Reference;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Reads the shared Crossref files and small hand-written responses, without a database. */
class CrossrefJsonReaderTest {

  /**
   * What reading a file gives: records, references, references with a DOI, rejections, warnings.
   */
  record Counts(int records, int references, int referencesWithDoi, int rejections, int warnings) {

    static Counts of(RecordingSink sink) {
      List<Reference> references =
          sink.records.stream().flatMap(r -> r.references().stream()).toList();
      return new Counts(
          sink.records.size(),
          references.size(),
          (int) references.stream().filter(r -> r.doi() != null).count(),
          sink.rejections.size(),
          sink.warnings.size());
    }
  }

  /** Every file of the shared Crossref data, with what reading it must give. */
  static final Map<String, Counts> EXPECTED =
      Map.of(
          "caltech-work-10.3847_1538-4357_acacf5.json", new Counts(1, 34, 28, 0, 0),
          "commonmeta-work-message-10.7554_elife.01567.json", new Counts(1, 27, 27, 0, 0),
          // Works 3 and 15 carry references, 14 and 8, each with one DOI.
          // Both lists hold one work whose DOI embeds a resolver link: left out, with a warning.
          "commonmeta-works-items-20.json", new Counts(20, 22, 2, 0, 1),
          "commonmeta-works-items-20-missing-doi.json", new Counts(20, 22, 2, 0, 1));

  private final CrossrefJsonReader reader = new CrossrefJsonReader(JsonMapper.builder().build());

  static Iterable<String> files() {
    return EXPECTED.keySet().stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEverySharedCrossrefFileWithItsCounts(String name) throws IOException {
    RecordingSink sink = RecordingSink.read(reader, SharedData.file("crossref/" + name));

    assertThat(Counts.of(sink)).isEqualTo(EXPECTED.get(name));
  }

  @Test
  void coversEveryCrossrefFileOfTheSharedData() throws IOException {
    assertThat(fileNames("crossref")).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
  }

  @Test
  void recognisesEveryCrossrefFileOfTheSharedData() throws IOException {
    for (Path file : files("crossref")) {
      assertThat(reader.recognizes(file.toString(), head(file))).as(file.toString()).isTrue();
    }
  }

  @Test
  void leavesEveryCslFileToTheCslReaderEvenWithCrossrefKeys() throws IOException {
    for (Path file : files("csl")) {
      assertThat(reader.recognizes(file.toString(), head(file))).as(file.toString()).isFalse();
    }
  }

  @Test
  void recognisesAResponseAfterAByteOrderMarkAndABareWorkByItsType() {
    assertThat(recognizes("\uFEFF \n{\"status\":\"ok\",\"message-type\":\"work-list\"}")).isTrue();
    assertThat(recognizes("{\"title\":[\"T\"],\"type\":\"journal-article\"}")).isTrue();
    assertThat(recognizes("{\"type\":\"dataset\",\"deposited\":{}}")).isTrue();
    assertThat(recognizes("{\"type\":\"article-journal\",\"reference-count\":3}")).isFalse();
    assertThat(recognizes("{\"type\":\"dataset\",\"title\":\"T\"}")).isFalse();
    assertThat(recognizes("[{\"type\":\"journal-article\"}]")).isFalse();
    assertThat(recognizes("<?xml version=\"1.0\"?>")).isFalse();
  }

  @Test
  void keepsTheFieldsOfTheEnvelopeWork() throws IOException {
    PaperRecord work =
        single(SharedData.file("crossref/caltech-work-10.3847_1538-4357_acacf5.json"));

    assertThat(work.title())
        .isEqualTo(
            "A Machine-learning Approach to Predict Missing Flux Densities in Multiband Galaxy"
                + " Surveys");
    assertThat(work.articleType()).isNull();
    assertThat(work.publicationTypes()).containsExactly("Journal Article");
    assertThat(work.date()).isEqualTo(new PartialDate(2023, 1, 1));
    assertThat(work.journal())
        .isEqualTo(
            new Journal(
                "The Astrophysical Journal",
                "0004-637X",
                "1538-4357",
                "American Astronomical Society"));
    assertThat(work.volume()).isEqualTo("942");
    assertThat(work.issue()).isEqualTo("2");
    assertThat(work.pages()).isEqualTo("91");
    assertThat(work.doi()).isEqualTo(Doi.parse("10.3847/1538-4357/acacf5"));
    assertThat(work.pmid()).isNull();
    assertThat(work.language()).isNull();
    assertThat(work.authors()).hasSize(24);
    assertThat(work.authors().get(0))
        .isEqualTo(new Author("Chartab", "Nima", null, "0000-0003-3691-937X", null));
    assertThat(work.authors().get(1)).isEqualTo(new Author("Mobasher", "Bahram", null, null, null));
    assertThat(work.authors().get(20).displayName()).isEqualTo("István Szapudi");
    assertThat(work.authors()).filteredOn(a -> a.orcid() != null).hasSize(19);
    assertThat(work.categories())
        .containsExactly(
            new Category("Space and Planetary Science", false),
            new Category("Astronomy and Astrophysics", false));
    assertThat(work.notices()).isEmpty();
  }

  @Test
  void keepsTheAbstractAndReferencesOfTheEnvelopeWork() throws IOException {
    PaperRecord work =
        single(SharedData.file("crossref/caltech-work-10.3847_1538-4357_acacf5.json"));

    // The abstract's own heading "Abstract" is no section label.
    assertThat(work.abstractSections())
        .singleElement()
        .satisfies(s -> assertThat(s.label()).isNull());
    assertThat(work.abstractSections().get(0).text())
        .startsWith("We present a new method based on information theory")
        .contains("for a sample of i < 25 AB mag galaxies. We find that with the available i-band")
        .contains("an accuracy of 1σ mag scatter ≲0.2 for galaxies")
        .endsWith("in the presence of a few bands.")
        .doesNotContain("jats", "<i", "&lt;");
    assertThat(work.references().get(0))
        .isEqualTo(
            new Reference(
                "Arnouts (1999). MNRAS 310, 540",
                Doi.parse("10.1046/j.1365-8711.1999.02978.x"),
                null,
                null,
                null,
                "Arnouts",
                1999,
                "MNRAS"));
    assertThat(work.references().get(1))
        .isEqualTo(
            new Reference(
                "Bolzonella (2000). A&A 363, 476",
                null,
                null,
                null,
                null,
                "Bolzonella",
                2000,
                "A&A"));
    assertThat(work.references().get(2).doi().value()).isEqualTo("10.1023/a:1010933404324");
    assertThat(work.references().get(11))
        .isEqualTo(new Reference("Hoaglin (1983)", null, null, null, null, "Hoaglin", 1983, null));
  }

  @Test
  void keepsTheFieldsOfTheElifeMessageWork() throws IOException {
    PaperRecord work =
        single(SharedData.file("crossref/commonmeta-work-message-10.7554_elife.01567.json"));

    assertThat(work.title())
        .isEqualTo(
            "Automated quantitative histology reveals vascular morphodynamics during Arabidopsis"
                + " hypocotyl secondary growth");
    assertThat(work.publicationTypes()).containsExactly("Journal Article");
    assertThat(work.date()).isEqualTo(new PartialDate(2014, 2, 11));
    assertThat(work.journal())
        .isEqualTo(new Journal("eLife", null, "2050-084X", "eLife Sciences Publications, Ltd"));
    assertThat(work.volume()).isEqualTo("3");
    assertThat(work.issue()).isNull();
    assertThat(work.pages()).isNull();
    assertThat(work.doi()).isEqualTo(Doi.parse("10.7554/eLife.01567"));
    assertThat(work.language()).isEqualTo("en");
    String lausanne =
        "Department of Plant Molecular Biology, University of Lausanne, Lausanne, Switzerland";
    assertThat(work.authors())
        .containsExactly(
            new Author("Sankar", "Martial", null, null, lausanne),
            new Author("Nieminen", "Kaisa", null, null, lausanne),
            new Author("Ragni", "Laura", null, null, lausanne),
            new Author(
                "Xenarios",
                "Ioannis",
                null,
                null,
                "Vital-IT, Swiss Institute of Bioinformatics, Lausanne, Switzerland"),
            new Author("Hardtke", "Christian S", null, null, lausanne));
    assertThat(work.categories())
        .extracting(Category::name)
        .containsExactly(
            "General Immunology and Microbiology",
            "General Biochemistry, Genetics and Molecular Biology",
            "General Medicine",
            "General Neuroscience");
    assertThat(work.abstractSections())
        .singleElement()
        .satisfies(s -> assertThat(s.label()).isNull())
        .satisfies(s -> assertThat(s.text()).startsWith("Among various advantages, their small"))
        .satisfies(s -> assertThat(s.text()).endsWith("equidistant phloem pole formation."));
  }

  @Test
  void keepsTheReferencesOfTheElifeMessageWork() throws IOException {
    PaperRecord work =
        single(SharedData.file("crossref/commonmeta-work-message-10.7554_elife.01567.json"));

    assertThat(work.references().get(0))
        .isEqualTo(
            new Reference(
                "Bonke (2003). APL regulates vascular tissue identity in Arabidopsis."
                    + " Nature 426, 181",
                Doi.parse("10.1038/nature02100"),
                null,
                null,
                "APL regulates vascular tissue identity in Arabidopsis",
                "Bonke",
                2003,
                "Nature"));
    assertThat(work.references().get(21).text())
        .isEqualTo(
            "Sankar (2014). Data from: Automated quantitative histology reveals vascular"
                + " morphodynamics during Arabidopsis hypocotyl secondary growth. Dryad Digital"
                + " Repository");
    assertThat(work.references().get(26).doi()).isEqualTo(Doi.parse("10.1038/ncb2764"));
  }

  @Test
  void readsAListOfWorksWithUnstructuredReferencesAndEntitiesInTitles() throws IOException {
    List<PaperRecord> works =
        RecordingSink.read(reader, SharedData.file("crossref/commonmeta-works-items-20.json"))
            .records;

    PaperRecord third = works.get(2);
    assertThat(third.journal().issnPrint()).isEqualTo("0012-0073");
    assertThat(third.journal().issnElectronic()).isEqualTo("1860-1324");
    assertThat(third.pages()).isEqualTo("105-108");
    assertThat(third.date()).isEqualTo(new PartialDate(2000, 6, 26));
    assertThat(third.references().get(1))
        .isEqualTo(
            new Reference(
                "1937. The Bombyliidae of Palestine. British Museum (Natural History), London:"
                    + " 1–188.",
                null,
                null,
                null,
                null,
                "Austen",
                1937,
                null));
    assertThat(works.get(14).references().get(4).year()).isEqualTo(1965);
    assertThat(works.get(6).date()).isEqualTo(PartialDate.ofMonth(1896, 5));
    assertThat(works.get(15).categories()).hasSize(1);
    assertThat(works.get(17).title()).startsWith("Naumann, C. M., Tarmann, G. M. & W. G. Tremewan");
  }

  @Test
  void leavesOutADoiThatEmbedsAResolverLinkAndSaysSo() throws IOException {
    RecordingSink sink =
        RecordingSink.read(reader, SharedData.file("crossref/commonmeta-works-items-20.json"));

    assertThat(sink.records.get(5).doi()).isNull();
    assertThat(sink.warnings)
        .singleElement()
        .asString()
        .contains(
            "'10.5424/http://dx.doi.org/10.5424/sjar/20110903-330-10' is not a DOI: its suffix holds a link");
  }

  @Test
  void storesTheWorkWhoseDoiIsMissingWithoutADoi() throws IOException {
    RecordingSink sink =
        RecordingSink.read(
            reader, SharedData.file("crossref/commonmeta-works-items-20-missing-doi.json"));

    assertThat(sink.records.get(0).title())
        .isEqualTo("Hydrocarbon Potential of Columbia Plateau--an Overview: ABSTRACT");
    assertThat(sink.records.get(0).doi()).isNull();
    assertThat(sink.records.get(1).doi()).isNotNull();
  }

  @Test
  void reportsTruncatedJsonWithLineAndColumn() throws IOException {
    RecordingSink sink =
        RecordingSink.read(reader, SharedData.file("broken/crossref-truncated.json"));

    assertThat(sink.records).isEmpty();
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .startsWith("line 1, column 486: not valid JSON");
  }

  @Test
  void keepsTheWorksReadBeforeTheJsonBreaks() {
    RecordingSink sink = read("{\"items\": [{\"title\": [\"First\"]}, {\"title\": [\"Sec");

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("First");
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .contains("line 1, column", "not valid JSON");
  }

  @Test
  void leavesOutWrongValuesNamingWorkAndFieldAndKeepsTheWork() {
    RecordingSink sink =
        read(
            """
            {"status": "ok", "message-type": "work", "message": {
              "DOI": "10.5555", "title": ["Wrong values"],
              "published": {"date-parts": [[2020, 13]]}, "issued": {"date-parts": [[2020]]},
              "container-title": ["J"], "issn-type": [{"type": "print", "value": "12-34"}],
              "author": [{"given": "Only"},
                {"family": "Doe", "ORCID": "http://orcid.org/0000-0002-1825-0098"}],
              "reference": [
                {"key": "r1", "DOI": "not a doi", "unstructured": "A book.", "year": "n.d."}]}}
            """);

    assertThat(sink.rejections).isEmpty();
    PaperRecord work = sink.records.get(0);
    assertThat(work.doi()).isNull();
    assertThat(work.date()).isEqualTo(PartialDate.ofYear(2020));
    assertThat(work.journal()).isEqualTo(new Journal("J", null, null, null));
    assertThat(work.authors()).containsExactly(new Author("Doe", null, null, null, null));
    assertThat(work.references())
        .containsExactly(new Reference("A book.", null, null, null, null, null, null, null));
    assertThat(sink.warnings)
        .containsExactly(
            "work 1 (DOI 10.5555): published left out: Invalid value for MonthOfYear (valid values"
                + " 1 - 12): 13",
            "work 1 (DOI 10.5555): ISSN left out: '12-34' is not an ISSN: an ISSN is 8 digits (the"
                + " last may be X) written 1234-567X",
            "work 1 (DOI 10.5555): DOI left out: '10.5555' is not a DOI: a DOI is '10.', a"
                + " registrant code of 4 to 9 digits, '/' and a suffix",
            "work 1 (DOI 10.5555): author 1 left out: it has neither a family name nor an"
                + " organisation name",
            "work 1 (DOI 10.5555): author 2 ORCID left out: 'http://orcid.org/0000-0002-1825-0098'"
                + " is not an ORCID iD: its check digit is wrong",
            "work 1 (DOI 10.5555): reference r1 DOI left out: 'not a doi' is not a DOI: a DOI is"
                + " '10.', a registrant code of 4 to 9 digits, '/' and a suffix",
            "work 1 (DOI 10.5555): reference r1 year left out: 'n.d.' is not a year");
  }

  @Test
  void labelsAbstractSectionsByTheirJatsTitles() {
    PaperRecord work =
        read("""
                {"title": ["<i>In vivo</i> study of &lt;5 µm hairs"], "type": "journal-article",
                 "abstract": "<jats:title>Abstract</jats:title>\
                <jats:sec><jats:title>Background</jats:title>\
                <jats:p>Why <jats:italic>p</jats:italic> &lt; 0.05.</jats:p>\
                <jats:p>Still why.</jats:p></jats:sec>\
                <jats:sec><jats:title>Methods</jats:title><jats:p>How.</jats:p></jats:sec>\
                <jats:p>Coda.</jats:p>"}
                """)
            .records
            .get(0);

    assertThat(work.title()).isEqualTo("In vivo study of <5 µm hairs");
    assertThat(work.abstractSections())
        .containsExactly(
            new AbstractSection("Background", "Why p < 0.05. Still why."),
            new AbstractSection("Methods", "How."),
            new AbstractSection(null, "Coda."));
  }

  @Test
  void mapsOrganisationsOrcidsAndRetractionNotices() {
    PaperRecord work =
        read("""
                {"items": [{"title": ["Retracted"], "type": "proceedings-article",
                  "author": [
                    {"name": "The Hair Consortium", "affiliation": [{"name": "Somewhere"}]},
                    {"family": "Carberry", "given": "Josiah",
                     "ORCID": "https://orcid.org/0000-0002-1825-0097"}],
                  "updated-by": [
                    {"DOI": "10.5555/notice.1", "type": "retraction", "label": "Retraction"},
                    {"DOI": "10.5555/v2", "type": "new_version", "label": "New version"}]}]}
                """)
            .records
            .get(0);

    assertThat(work.publicationTypes()).containsExactly("Conference Paper");
    assertThat(work.authors())
        .containsExactly(
            new Author(null, null, "The Hair Consortium", null, "Somewhere"),
            new Author("Carberry", "Josiah", null, "0000-0002-1825-0097", null));
    assertThat(work.notices())
        .containsExactly(
            new Notice(NoticeKind.RETRACTION, "Retraction", Doi.parse("10.5555/notice.1"), null));
  }

  @Test
  void rejectsAWorkWithoutTitleAndReadsTheNextOfAWorkListEnvelope() {
    RecordingSink sink =
        read(
            """
            {"status": "ok", "message-type": "work-list", "message": {"total-results": 3,
              "items": [{"DOI": "10.5555/a", "title": []}, 7, {"title": ["Kept"]}],
              "items-per-page": 3}}
            """);

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("Kept");
    assertThat(sink.rejections)
        .containsExactly(
            "work 1 (DOI 10.5555/a): title: missing, and a paper needs one",
            "work 2: items: a work is a JSON object, this is not one");
  }

  @Test
  void rejectsJsonThatIsNoObjectNamingWhereItStarts() {
    assertThat(read("\n\n  \"works\"").rejections)
        .containsExactly("line 3, column 3: a Crossref response is a JSON object");
  }

  @Test
  void rejectsAResponseThatHoldsNoWork() {
    RecordingSink sink =
        read("{\"status\": \"failed\", \"message-type\": \"validation-failure\", \"message\": []}");

    assertThat(sink.records).isEmpty();
    assertThat(sink.rejections)
        .containsExactly(
            "line 1: the Crossref response of message-type 'validation-failure' holds no work");
  }

  private PaperRecord single(Path file) throws IOException {
    RecordingSink sink = RecordingSink.read(reader, file);
    assertThat(sink.records).hasSize(1);
    return sink.records.get(0);
  }

  private RecordingSink read(String json) {
    RecordingSink sink = new RecordingSink();
    reader.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline.json", sink);
    return sink;
  }

  private boolean recognizes(String head) {
    return reader.recognizes("inline.json", head.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Path> files(String folder) throws IOException {
    try (var files = Files.list(SharedData.file(folder))) {
      return files.sorted().toList();
    }
  }

  private static List<String> fileNames(String folder) throws IOException {
    return files(folder).stream().map(f -> f.getFileName().toString()).toList();
  }

  /** The first bytes of a file, as the importer hands them to {@code recognizes}. */
  private static byte[] head(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    return Arrays.copyOf(content, Math.min(content.length, 4096));
  }
}
