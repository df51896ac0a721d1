package org.follicle;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.follicle.catalog.Catalog;
import org.follicle.ingest.ExportFormat;
import org.follicle.ingest.ExportQuery;
import org.follicle.ingest.PaperExporter;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Exports papers of the catalogue as citations. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Export papers as BibTeX, RIS, CSL-JSON, or APA, Vancouver or AMA references.")
class ExportCommand extends ContextCommand {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "bibtex, ris, csl-json, apa, vancouver or ama.")
  String format;

  @Option(
      names = "--query",
      paramLabel = "WORDS",
      description =
          "Only papers whose title, keywords, categories, journal or authors contain every word.")
  String query;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of standard output.")
  Path output;

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen = chosenFormat();
    try (ConfigurableApplicationContext context =
            start(WebApplicationType.NONE, FollicleCommand.QUIET);
        Writer out = open()) {
      AtomicLong count = new AtomicLong();
      ExportQuery matching = ExportQuery.of(query);
      context
          .getBean(PaperExporter.class)
          .export(
              context
                  .getBean(Catalog.class)
                  .allPapers()
                  .filter(matching)
                  .peek(p -> count.incrementAndGet()),
              chosen,
              out);
      PrintWriter err = spec.commandLine().getErr();
      err.printf("exported %,d papers%s%n", count.get(), output == null ? "" : " to " + output);
      err.flush();
      return 0;
    }
  }

  private ExportFormat chosenFormat() {
    try {
      return ExportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Writer open() throws IOException {
    if (output == null) {
      return new OutputStreamWriter(System.out, StandardCharsets.UTF_8) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open for the rest of the process
        }
      };
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }
}
