package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine;

class CommandLineTests {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void helpListsTheSubCommandsAndExitCodes() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString())
        .contains("serve", "demo", "--data-dir", "--port", "Exit codes: 0 success, 2 some inputs");
  }

  @Test
  void acceptsThePortWithASpaceOrAnEqualsSign() {
    for (String[] args : new String[][] {{"--port", "8081"}, {"--port=8081"}}) {
      CommandLine command = FollicleCommand.commandLine();
      command.parseArgs(args);
      assertThat(((FollicleCommand) command.getCommand()).port).isEqualTo(8081);
    }
    CommandLine command = FollicleCommand.commandLine();
    CommandLine.ParseResult parsed =
        command.parseArgs("serve", "--port", "9090", "--data-dir", "/tmp/x");
    ServeCommand serve = (ServeCommand) parsed.subcommand().commandSpec().userObject();
    assertThat(serve.port).isEqualTo(9090);
    assertThat(serve.dataDir).isEqualTo(Path.of("/tmp/x"));
  }

  @Test
  void refusesUnknownOptionsWithExitCode1NamingThem() {
    assertThat(run("demo", "--bogus")).isEqualTo(1);
    assertThat(err.toString()).contains("--bogus");

    assertThat(run("--port", "eighty")).isEqualTo(1);
    assertThat(err.toString()).contains("eighty");
  }

  @Test
  void demoLoadsTheSeedStudiesAndASecondRunChangesNothing(@TempDir Path dataDir) {
    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    out.getBuffer().setLength(0);

    assertThat(run("demo", "--data-dir", dataDir.toString())).isZero();
    assertThat(out.toString().strip())
        .isEqualTo("imported 0, updated 0, unchanged 2, deleted 0, rejected 0");
  }

  /** Embedded only: the PostgreSQL run points every application context at PostgreSQL. */
  @Test
  @Tag("embedded")
  void demoKeepsTheEmbeddedDatabaseUnderTheDataDirectory(@TempDir Path dataDir) {
    assertThat(run("demo", "--data-dir", dataDir.toString(), "--spring.profiles.active=default"))
        .isZero();

    assertThat(out.toString().strip())
        .isEqualTo("imported 2, updated 0, unchanged 0, deleted 0, rejected 0");
    assertThat(Files.exists(dataDir.resolve("db/follicle.mv.db"))).isTrue();
  }

  @Test
  @Tag("embedded")
  void benchImportMeasuresTheReaderAndTheImportOnASynthesisedCorpus() {
    assertThat(
            run(
                "bench",
                "import",
                "--records",
                "300",
                "--spring.profiles.active=default",
                SharedData.file("pubmed/baseline/pubmed20n0001-first10.xml.gz").toString(),
                SharedData.file("pubmed/records/biopython-pubmed1.xml").toString()))
        .as(err::toString)
        .isZero();

    assertThat(out.toString())
        .contains("corpus.records 300\n", "import.summary imported 300, updated 0, unchanged 0")
        .containsPattern("parse.records_per_s \\d+")
        .containsPattern("import.peak_heap_mib \\d+")
        .containsPattern("ratio.import_to_parse 0\\.\\d+");
  }

  @Test
  @Tag("embedded")
  void benchSearchMeasuresTheApplicationAgainstRawLucene() {
    assertThat(
            run(
                "bench",
                "search",
                "--papers",
                "200",
                "--embedded",
                "40",
                "--clients",
                "2",
                "--seconds",
                "1",
                "--topics",
                "3",
                "--spring.profiles.active=default",
                SharedData.file("pubmed/baseline/pubmed20n0001-first10.xml.gz").toString()))
        .as(err::toString)
        .isZero();

    assertThat(out.toString())
        .contains("corpus.papers 200\n", "index.papers 200\n", "embedded.papers 40\n")
        .contains("queries.distinct 9\n", "clients 2\n")
        .containsPattern("lucene\\.qps \\d+")
        .containsPattern("bm25\\.p95_ms \\d+")
        .containsPattern("hybrid\\.p99_ms \\d+")
        .containsPattern("ratio\\.bm25_to_lucene_qps \\d");
  }

  @Test
  @Tag("embedded")
  void evalSearchPrintsTheRelevanceFigures(@TempDir Path dataDir) throws Exception {
    Path docs = dataDir.resolve("docs.jsonl");
    Path queries = dataDir.resolve("queries.jsonl");
    Path qrels = dataDir.resolve("qrels.tsv");
    Files.writeString(
        docs,
        """
        {"id": "1", "title": "Minoxidil for hair loss", "text": "Topical minoxidil regrew hair."}
        {"id": "2", "title": "Tofacitinib in alopecia areata", "text": "JAK inhibition helped."}
        {"id": "3", "title": "Coffee and sleep", "text": "Caffeine delays sleep onset."}
        """);
    Files.writeString(queries, "{\"id\": \"q1\", \"text\": \"minoxidil hair\"}\n");
    Files.writeString(qrels, "query-id\tdoc-id\trelevance\nq1\t1\t1\n");

    assertThat(
            run(
                "eval",
                "search",
                "--docs",
                docs.toString(),
                "--queries",
                queries.toString(),
                "--qrels",
                qrels.toString()))
        .as(err::toString)
        .isZero();

    assertThat(out.toString())
        .contains("documents 3\n", "queries 1\n", "nDCG@10 1.0000\n", "MAP 1.0000\n")
        .contains("Recall@100 1.0000");
  }

  @Test
  @Tag("embedded")
  void evalRelatedPrintsPrecisionAtFiveForEachSignalAndTheBlend(@TempDir Path dataDir)
      throws Exception {
    Path docs = dataDir.resolve("docs.jsonl");
    Path qrels = dataDir.resolve("qrels.tsv");
    Files.writeString(
        docs,
        """
        {"id": "1", "title": "Minoxidil for hair loss", "text": "Topical minoxidil regrew hair."}
        {"id": "2", "title": "Finasteride for male pattern hair loss", "text": "Hair counts rose."}
        {"id": "3", "title": "Hair loss in women treated with minoxidil", "text": "Hair regrew."}
        {"id": "4", "title": "Coffee and sleep", "text": "Caffeine delays sleep onset."}
        {"id": "5", "title": "Caffeine late in the day", "text": "Evening coffee shortened sleep."}
        {"id": "6", "title": "Tea, coffee and insomnia", "text": "Caffeine keeps adults awake."}
        """);
    Files.writeString(
        qrels,
        "query-id\tdoc-id\trelevance\nq1\t1\t1\nq1\t2\t1\nq1\t3\t1\nq2\t4\t1\nq2\t5\t1\nq2\t6\t1\n");

    assertThat(run("eval", "related", "--docs", docs.toString(), "--qrels", qrels.toString()))
        .as(err::toString)
        .isZero();

    assertThat(out.toString())
        .contains("documents 6\n")
        .containsPattern("precision@5\\.meaning 0\\.[1-4]\\d{3}\n")
        .contains("precision@5.topics 0.0000\n")
        .containsPattern("precision@5\\.blended 0\\.[1-4]\\d{3}\n");
  }

  @Test
  void evalFactsWritesOnePredictionPerAbstractAndPrintsTheScores(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("pico.jsonl");
    Path predictions = dir.resolve("facts.jsonl");
    try (var lines = Files.lines(SharedData.file("eval/pico-corpus/pico_corpus.jsonl"))) {
      Files.write(input, lines.limit(5).toList());
    }

    assertThat(run("eval", "facts", "--input", input.toString(), "--out", predictions.toString()))
        .as(err::toString)
        .isZero();

    assertThat(out.toString())
        .contains("abstracts 5\n", "abstracts.annotated 5\n")
        .containsPattern("intervention\\.precision \\d\\.\\d{4}\n")
        .containsPattern("condition\\.f1 \\d\\.\\d{4}\n")
        .containsPattern("outcome\\.recall \\d\\.\\d{4}\n")
        .containsPattern("sample_size\\.accuracy \\d\\.\\d{4}");
    List<String> written = Files.readAllLines(predictions);
    assertThat(written).hasSize(5);
    assertThat(written.get(0))
        .startsWith("{\"id\":\"10459028\",\"total_participants\":20,\"intervention\":[");
  }

  @Test
  void evalFactsWithoutAnnotationsPrintsOnlyTheCount(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("plain.jsonl");
    Files.writeString(
        input, "{\"pmid\": \"1\", \"text\": \"Minoxidil in 40 men. We randomised 40 men.\"}\n");

    assertThat(run("eval", "facts", "--input", input.toString())).as(err::toString).isZero();

    assertThat(out.toString().strip()).isEqualTo("abstracts 1");
  }

  @Test
  void evalFactsNamesTheFileAndLineOfABadRecord(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("bad.jsonl");
    Files.writeString(input, "{\"pmid\": \"1\", \"text\": \"Fine.\"}\n{\"pmid\": \"2\"}\n");

    assertThat(run("eval", "facts", "--input", input.toString())).isEqualTo(1);

    assertThat(err.toString()).contains(input + ":2: no \"text\" string");
  }

  @Test
  void evalTldrWritesOneTldrPerPaperAndScoresItAgainstTheLeadSentence(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("papers.jsonl");
    Path predictions = dir.resolve("out/tldrs.jsonl");
    Files.writeString(
        input,
        """
        {"paper_id": "p1", "title": "Sparse attention", "source": ["Attention is costly.", \
        "We propose sparse attention that cuts the cost of long inputs."], \
        "target": ["We propose sparse attention that cuts the cost of long inputs."]}
        {"paper_id": "p2", "title": "No references", "source": ["We study a thing."]}
        """);

    assertThat(run("eval", "tldr", "--input", input.toString(), "--out", predictions.toString()))
        .as(err::toString)
        .isZero();

    assertThat(out.toString())
        .contains("papers 2\n", "scored 1\n", "ROUGE-1 100.0\n", "ROUGE-L 100.0\n")
        // The lead shares one word of 3 with the reference's 11: F1 = 2(1/3)(1/11)/(1/3+1/11).
        .contains("lead.ROUGE-1 14.3\n", "lead.ROUGE-2 0.0\n", "lead.ROUGE-L 14.3\n");
    assertThat(Files.readAllLines(predictions))
        .containsExactly(
            "{\"id\":\"p1\",\"tldr\":\"We propose sparse attention that cuts the cost of long"
                + " inputs.\"}",
            "{\"id\":\"p2\",\"tldr\":\"We study a thing.\"}");
  }

  @Test
  void evalTldrNamesTheFileAndLineOfABadRecord(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("bad.jsonl");
    Files.writeString(
        input, "{\"paper_id\": \"p1\", \"source\": [\"One.\"]}\n{\"paper_id\": \"p2\"}\n");

    assertThat(run("eval", "tldr", "--input", input.toString())).isEqualTo(1);

    assertThat(err.toString()).contains(input + ":2: missing \"source\"");
  }

  @Test
  void evalReadabilityPrintsTheGradesOfAbstractsAndSummaries(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("papers.jsonl");
    String source =
        "[\"Androgenetic alopecia is the most common form of hair loss in men.\","
            + " \"In this randomized controlled trial, 120 men were assigned to oral minoxidil or"
            + " placebo for 24 weeks.\", \"Hair counts rose significantly with minoxidil"
            + " (p < 0.05), and the effect lasted until week 24.\", \"Oral minoxidil is an"
            + " effective treatment for androgenetic alopecia in men.\"]";
    Files.writeString(
        input,
        "{\"paper_id\": \"p1\", \"source\": "
            + source
            + "}\n"
            + "{\"paper_id\": \"p2\", \"source\": [\"Too short.\"]}\n");

    assertThat(run("eval", "readability", "--input", input.toString())).as(err::toString).isZero();

    assertThat(out.toString().lines().map(line -> line.split(" ")[0]))
        .containsExactly(
            "papers",
            "abstract.fk_grade.median",
            "summary.fk_grade.median",
            "fk_grade.median_drop",
            "summary.share",
            "summary.sentences.mean");
    assertThat(out.toString()).contains("papers 2\n", "summary.share 0.50\n");
  }

  @Test
  void evalReadabilityRefusesAFileItCannotRead(@TempDir Path dir) throws Exception {
    Path input = Files.writeString(dir.resolve("papers.csv"), "a,b\n");

    assertThat(run("eval", "readability", "--input", input.toString())).isEqualTo(1);

    assertThat(err.toString()).contains(input + ": expected a .jsonl file");
  }

  @Test
  @Tag("embedded")
  void resummarizeRegeneratesTheTldrsAndPlainSummariesOfTheCatalogue(@TempDir Path dataDir) {
    String[] embedded = {"--data-dir", dataDir.toString(), "--spring.profiles.active=default"};
    // Import, unlike demo, returns once the TLDRs of what it stored are written.
    String demo = "src/main/resources/demo/seed-studies.csl.json";
    assertThat(run(concat(new String[] {"import", demo}, embedded))).as(err::toString).isZero();
    out.getBuffer().setLength(0);

    assertThat(run(concat(new String[] {"resummarize"}, embedded))).as(err::toString).isZero();

    assertThat(out.toString())
        .startsWith(
            "TLDRs: generated 0, unchanged 2, kept edits 0, none 0"
                + System.lineSeparator()
                + "plain-language summaries: generated 0, unchanged 2, kept edits 0, none 0"
                + System.lineSeparator()
                + "in ");
  }

  @Test
  @Tag("embedded")
  void reindexRebuildsADeletedIndexFromTheCatalogue(@TempDir Path dataDir) throws Exception {
    String[] embedded = {"--data-dir", dataDir.toString(), "--spring.profiles.active=default"};
    assertThat(run(concat(new String[] {"demo"}, embedded))).isZero();
    FileSystemUtils.deleteRecursively(dataDir.resolve("index"));
    out.getBuffer().setLength(0);

    assertThat(run(concat(new String[] {"reindex"}, embedded))).as(err::toString).isZero();

    assertThat(out.toString()).startsWith("indexed 2 papers in ");
    assertThat(Files.list(dataDir.resolve("index/paper")).findAny()).isPresent();
  }

  /** The OpenSearch run only: the configured catalogue and cluster, not an embedded pair. */
  @Test
  @Tag("opensearch")
  void reindexFillsTheOpenSearchIndexFromTheCatalogue(@TempDir Path dataDir) throws Exception {
    assertThat(run("demo", "--data-dir", dataDir.toString())).as(err::toString).isZero();
    out.getBuffer().setLength(0);

    assertThat(run("reindex", "--data-dir", dataDir.toString())).as(err::toString).isZero();

    Matcher indexed = Pattern.compile("^indexed (\\d+) papers in ").matcher(out.toString());
    assertThat(indexed.find()).as(out::toString).isTrue();
    assertThat(Long.parseLong(indexed.group(1)))
        .isGreaterThanOrEqualTo(2)
        .isEqualTo(openSearchCount());
  }

  /** How many documents the OpenSearch index holds, asked over its REST API. */
  private static long openSearchCount() throws Exception {
    String uri = System.getProperty("follicle.search.opensearch.uris") + "/paper-read/_count";
    String body =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(URI.create(uri)).build(), BodyHandlers.ofString())
            .body();
    return ((Number) JsonPath.read(body, "$.count")).longValue();
  }

  @Test
  @Tag("embedded")
  void importsSynonymFilesWithFormatSynonyms(@TempDir Path dataDir) {
    String file = SharedData.file("eval/synonyms/do_synonyms_2016.tsv").toString();
    assertThat(
            run(
                "import",
                "--format",
                "synonyms",
                "--data-dir",
                dataDir.toString(),
                "--spring.profiles.active=default",
                file))
        .as(err::toString)
        .isZero();

    assertThat(out.toString().strip())
        .isEqualTo(file + ": synonyms: 4539 groups, 15187 terms, rejected 0");
  }

  private static String[] concat(String[] first, String[] second) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(first), java.util.Arrays.stream(second))
        .toArray(String[]::new);
  }

  private int run(String... args) {
    CommandLine command = FollicleCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }
}
