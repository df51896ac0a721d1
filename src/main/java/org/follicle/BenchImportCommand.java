package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.ingest.ImportBenchmark;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Measures import speed on a corpus synthesised from real PubMed files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesises a PubMed XML corpus from the given files (their articles repeated under fresh"
          + " PMIDs, DOIs and PMCIDs), then, in one run, parses it with the reader alone and"
          + " imports it into an empty catalogue.",
      "Prints records/s of both, their ratio, the corpus size and the peak heap of each phase."
    })
class BenchImportCommand extends ContextCommand {

  @Option(
      names = "--records",
      defaultValue = "200000",
      paramLabel = "N",
      description = "Articles in the synthesised corpus (default: ${DEFAULT-VALUE}).")
  long records;

  @Option(
      names = "--corpus",
      paramLabel = "FILE",
      description = "Keep the synthesised corpus in this file (default: a temporary file).")
  Path corpus;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PubMed XML files or folders.")
  List<Path> sources;

  @Override
  public Integer call() throws IOException {
    if (records < 1) {
      throw new ParameterException(spec.commandLine(), "--records must be at least 1");
    }
    boolean ownDataDir = !spec.commandLine().getParseResult().hasMatchedOption("--data-dir");
    Path work = Files.createTempDirectory("follicle-bench-");
    dataDir = ownDataDir ? work.resolve("data") : dataDir;
    Path file = corpus == null ? work.resolve("corpus.xml") : corpus;
    try (ConfigurableApplicationContext context =
        start(WebApplicationType.NONE, FollicleCommand.QUIET)) {
      if (context.getBean(Catalog.class).size() > 0) {
        throw new ParameterException(
            spec.commandLine(),
            "the catalogue at %s is not empty; the benchmark imports into an empty one only"
                .formatted(dataDir));
      }
      ImportBenchmark bench = context.getBean(ImportBenchmark.class);
      PrintWriter err = spec.commandLine().getErr();
      err.printf("synthesising %,d articles into %s%n", records, file);
      err.flush();
      bench.synthesise(sources, records, file);
      err.println("parsing, then importing into " + dataDir);
      err.flush();
      TerminalProgress progress = new TerminalProgress(err, System.console() != null);
      ImportBenchmark.Result result =
          bench.run(file, progress, () -> awaitDerivedWork(context, err));
      progress.finish();
      print(result, Files.size(file));
      return result.report().hasRejections() ? 2 : 0;
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  private static void awaitDerivedWork(ConfigurableApplicationContext context, PrintWriter err) {
    try {
      ImportCommand.awaitDerivedWork(context, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the index was written", e);
    }
  }

  private void print(ImportBenchmark.Result result, long corpusBytes) {
    PrintWriter out = spec.commandLine().getOut();
    ImportBenchmark.Phase parse = result.parse();
    ImportBenchmark.Phase all = result.endToEnd();
    line(out, "corpus.records", result.parse().records());
    line(out, "corpus.mib", mib(corpusBytes));
    line(out, "cores", Runtime.getRuntime().availableProcessors());
    line(out, "heap.max_mib", mib(Runtime.getRuntime().maxMemory()));
    line(out, "parse.records_per_s", Math.round(parse.rate()));
    line(out, "parse.seconds", round(parse.seconds()));
    line(out, "parse.peak_heap_mib", mib(parse.peakHeapBytes()));
    line(out, "import.records_per_s", Math.round(all.rate()));
    line(out, "import.seconds", round(all.seconds()));
    line(out, "import.peak_heap_mib", mib(all.peakHeapBytes()));
    line(out, "import.summary", result.report().summaryLine());
    line(out, "ratio.import_to_parse", round(all.rate() / parse.rate()));
    out.flush();
  }

  private static void line(PrintWriter out, String name, Object value) {
    out.println(name + " " + value);
  }

  private static double mib(long bytes) {
    return round(bytes / 1024.0 / 1024.0);
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
