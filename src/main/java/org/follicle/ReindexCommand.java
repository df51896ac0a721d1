package org.follicle;

import java.io.PrintWriter;
import org.follicle.search.SearchIndex;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Rebuilds the search index from the catalogue. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the catalogue (after a crash or an upgrade).")
class ReindexCommand extends ContextCommand {

  @Override
  public Integer call() throws InterruptedException {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      PrintWriter err = spec.commandLine().getErr();
      long started = System.nanoTime();
      long[] shown = {0};
      long indexed =
          context
              .getBean(SearchIndex.class)
              .rebuild(
                  count -> {
                    if (count - shown[0] >= 10_000) {
                      shown[0] = count;
                      err.printf("progress: %,d papers indexed%n", count);
                      err.flush();
                    }
                  });
      double seconds = (System.nanoTime() - started) / 1e9;
      PrintWriter out = spec.commandLine().getOut();
      out.printf("indexed %d papers in %.1f s%n", indexed, seconds);
      out.flush();
      return 0;
    }
  }
}
