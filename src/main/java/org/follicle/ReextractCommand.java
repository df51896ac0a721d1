package org.follicle;

import java.io.PrintWriter;
import java.util.Locale;
import org.follicle.catalog.Catalog;
import org.follicle.evidence.StudyFactRebuild;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Reads every paper's study facts, results and treatments again from the catalogue. */
@Command(
    name = "reextract",
    mixinStandardHelpOptions = true,
    description =
        "Read every paper's study facts, results and treatments again from its abstract (after an"
            + " upgrade of the extractor, or to fill the treatment pages of an older catalogue).")
class ReextractCommand extends ContextCommand {

  private static final long PROGRESS_EVERY = 1_000;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      PrintWriter err = spec.commandLine().getErr();
      long total = context.getBean(Catalog.class).size();
      long started = System.nanoTime();
      long[] reported = {0};
      long done =
          context
              .getBean(StudyFactRebuild.class)
              .run(
                  count -> {
                    if (count - reported[0] >= PROGRESS_EVERY) {
                      reported[0] = count;
                      double rate = count / ((System.nanoTime() - started) / 1e9);
                      err.printf(
                          Locale.ROOT,
                          "progress: %,d of %,d papers, %,.0f papers/s, ETA %.0f s%n",
                          count,
                          total,
                          rate,
                          (total - count) / rate);
                      err.flush();
                    }
                  });
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "extracted %d papers in %.1f s%n",
          done,
          (System.nanoTime() - started) / 1e9);
      out.flush();
      return 0;
    }
  }
}
