package org.follicle;

import java.io.PrintWriter;
import org.follicle.ingest.DemoContent;
import org.follicle.ingest.ImportReport;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/** Loads the demo content into the catalogue. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Load the demo content (the two seed studies); running it again changes nothing.")
class DemoCommand extends ContextCommand {

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      ImportReport report = context.getBean(DemoContent.class).load();
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      report.problems().forEach(p -> err.println(p.kind().name().toLowerCase() + ": " + p));
      out.println(report.summaryLine());
      out.flush();
      err.flush();
      return report.hasRejections() ? 2 : 0;
    }
  }
}
