package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.follicle.catalog.DerivedWork;
import org.follicle.search.SearchEvaluation;
import org.follicle.search.SearchMode;
import org.follicle.search.Synonyms;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Relevance of search on an IR test collection, in a temporary catalogue and index. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Index the documents in a temporary catalogue and index (never the one under --data-dir),"
          + " run the judged queries and print nDCG@10, MAP and Recall@100."
    })
class EvalSearchCommand extends ContextCommand {

  @Option(names = "--docs", required = true, paramLabel = "FILE", description = "docs.jsonl")
  Path docs;

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "queries.jsonl")
  Path queries;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "qrels.tsv")
  Path qrels;

  @Option(
      names = "--mode",
      defaultValue = "bm25",
      paramLabel = "MODE",
      description = "Ranking: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Mode mode;

  @Option(
      names = "--synonyms",
      defaultValue = "on",
      paramLabel = "on|off",
      description = "Apply synonyms to the queries (default: ${DEFAULT-VALUE}).")
  Switch synonyms;

  @Option(
      names = "--synonym-file",
      paramLabel = "FILE",
      description = "A MeSH or Disease Ontology synonym file to import first (repeatable).")
  List<Path> synonymFiles = new ArrayList<>();

  /** On or off. */
  enum Switch {
    on,
    off
  }

  /** The rankings that can be evaluated. */
  enum Mode {
    bm25,
    dense,
    hybrid
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("follicle-eval-");
    dataDir = work;
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, throwaway(work, mode != Mode.bm25))) {
      SearchEvaluation evaluation = context.getBean(SearchEvaluation.class);
      PrintWriter err = spec.commandLine().getErr();
      err.printf("indexing %s in %s%n", docs, work);
      err.flush();
      evaluation.load(docs);
      for (Path file : synonymFiles) {
        err.println(context.getBean(Synonyms.class).importFile(file).summaryLine());
      }
      context.getBean(DerivedWork.class).await(Duration.ofMinutes(30));
      SearchEvaluation.Scores scores =
          evaluation.score(docs, queries, qrels, synonyms == Switch.on, SearchMode.of(mode.name()));
      PrintWriter out = spec.commandLine().getOut();
      for (String line :
          List.of(
              "documents " + scores.documents(),
              "queries " + scores.queries(),
              "mode " + mode,
              "synonyms " + synonyms,
              figure("nDCG@10", scores.ndcg10()),
              figure("MAP", scores.map()),
              figure("Recall@100", scores.recall100()))) {
        out.println(line);
      }
      out.flush();
      return 0;
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  /** An embedded database and index in the work folder, whatever the configured database is. */
  static List<String> throwaway(Path work, boolean embeddings) {
    List<String> args = new ArrayList<>(FollicleCommand.QUIET);
    // Ranking by words alone needs no embeddings, which would take most of the run.
    args.add("--follicle.search.embeddings.enabled=" + embeddings);
    // TLDRs and study facts are no part of what is measured.
    args.add("--follicle.summary.on-import=false");
    args.add("--follicle.evidence.on-import=false");
    args.add("--spring.datasource.url=jdbc:h2:file:" + work.resolve("db/eval"));
    args.add("--spring.datasource.username=sa");
    args.add("--spring.datasource.password=");
    // Never the configured OpenSearch cluster, whose index other nodes serve.
    args.add("--follicle.search.backend=lucene");
    args.add("--follicle.search.coordination=none");
    args.add("--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
    return args;
  }

  private static String figure(String name, double value) {
    return String.format(Locale.ROOT, "%s %.4f", name, value);
  }
}
