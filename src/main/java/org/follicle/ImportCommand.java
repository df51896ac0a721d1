package org.follicle;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.follicle.catalog.DerivedWork;
import org.follicle.ingest.ImportReport;
import org.follicle.ingest.Importer;
import org.follicle.search.Synonyms;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Imports bibliographic files and folders into the catalogue. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import files or folders (walked in name order; .gz read as it is).",
      "Formats: pubmed-xml, medline, jats, crossref, ris, bibtex, csl-json; detected unless given.",
      "With --format synonyms: MeSH or Disease Ontology synonym files for search.",
      "Prints progress, every problem with its file and place, and one summary line."
    })
class ImportCommand extends ContextCommand {

  @Option(names = "--format", paramLabel = "FORMAT", description = "The format of every input.")
  String format;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
  List<Path> paths;

  @Override
  public Integer call() throws InterruptedException {
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      if ("synonyms".equalsIgnoreCase(format)) {
        return importSynonyms(context);
      }
      Importer importer = context.getBean(Importer.class);
      if (format != null && !importer.knows(format)) {
        throw new ParameterException(
            spec.commandLine(),
            "Unknown format '%s'; known: %s".formatted(format, importer.formats()));
      }
      PrintWriter err = spec.commandLine().getErr();
      TerminalProgress progress = new TerminalProgress(err, System.console() != null);
      ImportReport report = importer.importPaths(paths, Optional.ofNullable(format), progress);
      progress.finish();
      awaitDerivedWork(context, err);
      PrintWriter out = spec.commandLine().getOut();
      out.println(report.summaryLine());
      out.flush();
      return report.hasRejections() ? 2 : 0;
    }
  }

  private int importSynonyms(ConfigurableApplicationContext context) {
    Synonyms synonyms = context.getBean(Synonyms.class);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean rejected = false;
    for (Path path : paths) {
      try {
        Synonyms.Report report = synonyms.importFile(path);
        report.problems().forEach(problem -> err.println("rejected: " + problem));
        out.println(path + ": " + report.summaryLine());
        rejected |= report.rejected() > 0;
      } catch (IllegalArgumentException | UncheckedIOException e) {
        err.println("rejected: " + e.getMessage());
        rejected = true;
      }
    }
    out.flush();
    err.flush();
    return rejected ? 2 : 0;
  }

  /** The search index and other derived data are stored before the command exits. */
  static void awaitDerivedWork(ConfigurableApplicationContext context, PrintWriter err)
      throws InterruptedException {
    long failed = context.getBean(DerivedWork.class).await(Duration.ofHours(2));
    if (failed > 0) {
      err.printf(
          "warning: %d batches could not be indexed yet; they are retried when Follicle next"
              + " starts%n",
          failed);
      err.flush();
    }
  }
}
