package org.follicle;

import java.io.PrintWriter;
import java.util.function.LongConsumer;
import org.follicle.search.SearchIndex;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Rebuilds the search index from the catalogue. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description =
        "Rebuild the search index from the catalogue (after a crash or an upgrade), computing"
            + " missing or stale paper embeddings first.")
class ReindexCommand extends ContextCommand {

  @Override
  public Integer call() throws InterruptedException {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      PrintWriter err = spec.commandLine().getErr();
      SearchIndex index = context.getBean(SearchIndex.class);
      long started = System.nanoTime();
      if (index.embeds()) {
        long checked = index.embedAll(every(10_000, err, "papers' embeddings checked"));
        err.printf("embeddings: %d papers checked, the missing and stale computed%n", checked);
      }
      long indexed = index.rebuild(every(10_000, err, "papers indexed"));
      double seconds = (System.nanoTime() - started) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.printf("indexed %d papers in %.1f s%n", indexed, seconds);
      out.flush();
      return 0;
    }
  }

  /** Prints a progress line each time the count passes another {@code step}. */
  static LongConsumer every(long step, PrintWriter err, String what) {
    long[] shown = {0};
    return count -> {
      if (count - shown[0] >= step) {
        shown[0] = count;
        err.printf("progress: %,d %s%n", count, what);
        err.flush();
      }
    };
  }
}
