package org.follicle;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.follicle.catalog.Catalog;
import org.follicle.summary.TldrOutcome;
import org.follicle.summary.TldrRebuild;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Regenerates every paper's TLDR from the catalogue, keeping people's edits. */
@Command(
    name = "resummarize",
    mixinStandardHelpOptions = true,
    description =
        "Regenerate every paper's TLDR from its abstract (after an upgrade of the generator);"
            + " a TLDR a person edited is kept.")
class ResummarizeCommand extends ContextCommand {

  private static final long PROGRESS_EVERY = 1_000;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      PrintWriter err = spec.commandLine().getErr();
      long total = context.getBean(Catalog.class).size();
      long started = System.nanoTime();
      Map<TldrOutcome, Long> tally =
          context
              .getBean(TldrRebuild.class)
              .run(
                  done -> {
                    if (done % PROGRESS_EVERY == 0) {
                      double rate = done / ((System.nanoTime() - started) / 1e9);
                      err.printf(
                          Locale.ROOT,
                          "progress: %,d of %,d papers, %,.0f papers/s, ETA %.0f s%n",
                          done,
                          total,
                          rate,
                          (total - done) / rate);
                      err.flush();
                    }
                  });
      double seconds = (System.nanoTime() - started) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          Locale.ROOT,
          "generated %d, unchanged %d, kept edits %d, without TLDR %d in %.1f s%n",
          tally.get(TldrOutcome.GENERATED),
          tally.get(TldrOutcome.UNCHANGED),
          tally.get(TldrOutcome.KEPT_EDIT),
          tally.get(TldrOutcome.NONE),
          seconds);
      out.flush();
      return 0;
    }
  }
}
