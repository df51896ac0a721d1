package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.follicle.catalog.DerivedWork;
import org.follicle.recommend.RelatedEvaluation;
import org.follicle.search.SearchEvaluation;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Related research measured on an IR test collection, in a temporary catalogue and index. */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    description = {
      "Store the documents in a temporary catalogue and index (never the one under --data-dir),"
          + " and print, for each signal alone and blended, the share of a judged document's five"
          + " related papers judged relevant to the same query (precision@5)."
    })
class EvalRelatedCommand extends ContextCommand {

  @Option(names = "--docs", required = true, paramLabel = "FILE", description = "docs.jsonl")
  Path docs;

  @Option(names = "--qrels", required = true, paramLabel = "FILE", description = "qrels.tsv")
  Path qrels;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("follicle-eval-");
    dataDir = work;
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, EvalSearchCommand.throwaway(work, true))) {
      PrintWriter err = spec.commandLine().getErr();
      err.printf("storing and embedding %s in %s%n", docs, work);
      err.flush();
      SearchEvaluation collection = context.getBean(SearchEvaluation.class);
      collection.load(docs);
      context.getBean(DerivedWork.class).await(Duration.ofMinutes(30));
      RelatedEvaluation.Scores scores =
          context.getBean(RelatedEvaluation.class).score(collection.relevantPapers(qrels));
      PrintWriter out = spec.commandLine().getOut();
      out.println("documents " + scores.documents());
      scores
          .precision()
          .forEach(
              (signal, value) ->
                  out.println(String.format(Locale.ROOT, "precision@5.%s %.4f", signal, value)));
      out.flush();
      return 0;
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }
}
