package org.follicle;

import java.io.PrintWriter;
import org.follicle.citation.Citations;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Resolves every paper's references again: the citation links of a whole catalogue. */
@Command(
    name = "relink",
    mixinStandardHelpOptions = true,
    description =
        "Resolve every paper's references to catalogue papers again and recount citations (for a"
            + " catalogue imported before citations were linked, or after their tables were lost).")
class RelinkCommand extends ContextCommand {

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      PrintWriter err = spec.commandLine().getErr();
      long started = System.nanoTime();
      long[] shown = {0};
      long papers =
          context
              .getBean(Citations.class)
              .rebuild(
                  done -> {
                    if (done - shown[0] >= 10_000) {
                      shown[0] = done;
                      err.printf("progress: %,d papers' references resolved%n", done);
                      err.flush();
                    }
                  });
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "relinked the references of %d papers in %.1f s%n",
          papers, (System.nanoTime() - started) / 1e9);
      out.flush();
      return 0;
    }
  }
}
