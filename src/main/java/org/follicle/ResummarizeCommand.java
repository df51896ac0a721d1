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

/** Regenerates every paper's TLDR and plain-language summary, keeping people's edits. */
@Command(
    name = "resummarize",
    mixinStandardHelpOptions = true,
    description =
        "Regenerate every paper's TLDR and plain-language summary from its abstract (after an"
            + " upgrade of the generators); a text a person edited is kept.")
class ResummarizeCommand extends ContextCommand {

  private static final long PROGRESS_EVERY = 1_000;

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      PrintWriter err = spec.commandLine().getErr();
      long total = context.getBean(Catalog.class).size();
      long started = System.nanoTime();
      TldrRebuild.Tally tally =
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
      print(out, "TLDRs", tally.tldrs());
      print(out, "plain-language summaries", tally.plainSummaries());
      out.printf(Locale.ROOT, "in %.1f s%n", seconds);
      out.flush();
      return 0;
    }
  }

  private static void print(PrintWriter out, String what, Map<TldrOutcome, Long> counts) {
    out.printf(
        Locale.ROOT,
        "%s: generated %d, unchanged %d, kept edits %d, none %d%n",
        what,
        counts.get(TldrOutcome.GENERATED),
        counts.get(TldrOutcome.UNCHANGED),
        counts.get(TldrOutcome.KEPT_EDIT),
        counts.get(TldrOutcome.NONE));
  }
}
