package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.CatalogueCopies;
import org.follicle.ingest.Importer;
import org.follicle.search.SearchBenchmark;
import org.follicle.search.SearchIndex;
import org.follicle.search.SearchMode;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Search latency and throughput on a large synthesised catalogue, against raw Lucene. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a catalogue and index of a synthesised PubMed corpus (the given files' articles"
          + " imported, then their rows copied under fresh ids until there are --papers), embeds a"
          + " slice of it, then runs a mixed query set with facets from concurrent clients:"
          + " straight on the Lucene index (the baseline), through the application's search by"
          + " words, and by words and meaning fused.",
      "With --data-dir pointing at a catalogue a previous run built, that catalogue is reused:"
          + " grown to --papers if it is smaller, and its index rebuilt if it misses papers."
    })
class BenchSearchCommand extends ContextCommand {

  @Option(
      names = "--papers",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "Papers in the synthesised catalogue (default: ${DEFAULT-VALUE}).")
  long papers;

  @Option(
      names = "--embedded",
      defaultValue = "20000",
      paramLabel = "N",
      description = "Papers embedded for ranking by meaning (default: ${DEFAULT-VALUE}).")
  long embedded;

  @Option(
      names = "--clients",
      defaultValue = "8",
      paramLabel = "N",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "60",
      paramLabel = "S",
      description = "Measured seconds of each phase, after as many of warm-up (default: 60).")
  int seconds;

  @Option(
      names = "--topics",
      defaultValue = "100",
      paramLabel = "N",
      description = "Common MeSH terms the queries are made of, three queries each (default: 100).")
  int topics;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "PubMed XML files or folders to synthesise the corpus from.")
  List<Path> sources = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (papers < 1 || clients < 1 || seconds < 1 || topics < 1 || embedded < 0) {
      throw new ParameterException(
          spec.commandLine(), "--papers, --clients, --seconds and --topics must be at least 1");
    }
    boolean ownDataDir = !spec.commandLine().getParseResult().hasMatchedOption("--data-dir");
    Path work = Files.createTempDirectory("follicle-bench-");
    dataDir = ownDataDir ? work.resolve("data") : dataDir;
    List<String> args = new ArrayList<>(FollicleCommand.QUIET);
    // Only the slice is embedded, below: a million papers would take the model hours. TLDRs and
    // study facts are no part of search.
    args.add("--follicle.search.embeddings.enabled=false");
    args.add("--follicle.summary.on-import=false");
    args.add("--follicle.evidence.on-import=false");
    try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, args)) {
      PrintWriter err = spec.commandLine().getErr();
      Catalog catalog = context.getBean(Catalog.class);
      if (catalog.size() == 0) {
        importSources(context, err);
      }
      if (catalog.size() < papers) {
        err.printf("copying papers until the catalogue at %s holds %,d%n", dataDir, papers);
        context
            .getBean(CatalogueCopies.class)
            .growTo(papers, ReindexCommand.every(50_000, err, "papers in the catalogue"));
      } else {
        err.printf("using the catalogue of %,d papers at %s%n", catalog.size(), dataDir);
      }
      SearchIndex index = context.getBean(SearchIndex.class);
      if (index.size() != catalog.size()) {
        err.printf("indexing %,d papers%n", catalog.size());
        err.flush();
        index.rebuild(ReindexCommand.every(50_000, err, "papers indexed"));
      }
      long started = System.nanoTime();
      long sliced = index.embedFirst(embedded, count -> {});
      double embedSeconds = (System.nanoTime() - started) / 1e9;
      SearchBenchmark bench = context.getBean(SearchBenchmark.class);
      List<String> queries = bench.queries(topics);
      Duration phase = Duration.ofSeconds(seconds);
      err.printf("%d queries, %d clients, %d s per phase%n", queries.size(), clients, seconds);
      err.flush();
      SearchBenchmark.Timing lucene = bench.rawLucene(queries, clients, phase, phase);
      SearchBenchmark.Timing bm25 =
          bench.application(queries, SearchMode.BM25, clients, phase, phase);
      SearchBenchmark.Timing hybrid =
          bench.application(queries, SearchMode.HYBRID, clients, phase, phase);
      print(context, index, queries.size(), sliced, embedSeconds, lucene, bm25, hybrid);
      return 0;
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  /** Imports the source files' articles as they are: the papers the copies are made of. */
  private void importSources(ConfigurableApplicationContext context, PrintWriter err)
      throws IOException, InterruptedException {
    if (sources.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "the catalogue is empty: give PubMed XML files to synthesise from");
    }
    err.println("importing " + sources + " into " + dataDir);
    err.flush();
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    context.getBean(Importer.class).importPaths(sources, Optional.empty(), progress);
    progress.finish();
    ImportCommand.awaitDerivedWork(context, err);
  }

  private void print(
      ConfigurableApplicationContext context,
      SearchIndex index,
      int queries,
      long sliced,
      double embedSeconds,
      SearchBenchmark.Timing lucene,
      SearchBenchmark.Timing bm25,
      SearchBenchmark.Timing hybrid) {
    PrintWriter out = spec.commandLine().getOut();
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    out.println("corpus.papers " + context.getBean(Catalog.class).size());
    out.println("index.papers " + index.size());
    out.println("index.mib " + round(directorySize(dataDir.resolve("index")) / 1048576.0));
    out.println("embedded.papers " + sliced);
    out.println("embedded.papers_per_s " + round(sliced / embedSeconds));
    out.println("cores " + runtime.availableProcessors());
    out.println("clients " + clients);
    out.println("queries.distinct " + queries);
    out.println("heap.max_mib " + round(runtime.maxMemory() / 1048576.0));
    out.println(
        "heap.used_after_gc_mib "
            + round((runtime.totalMemory() - runtime.freeMemory()) / 1048576.0));
    timing(out, "lucene", lucene);
    timing(out, "bm25", bm25);
    timing(out, "hybrid", hybrid);
    out.println("ratio.bm25_to_lucene_qps " + round(bm25.qps() / lucene.qps()));
    out.println("ratio.hybrid_to_lucene_qps " + round(hybrid.qps() / lucene.qps()));
    out.flush();
  }

  private static void timing(PrintWriter out, String name, SearchBenchmark.Timing timing) {
    out.println(name + ".queries " + timing.queries());
    out.println(name + ".qps " + round(timing.qps()));
    out.println(name + ".p50_ms " + round(timing.p50Ms()));
    out.println(name + ".p95_ms " + round(timing.p95Ms()));
    out.println(name + ".p99_ms " + round(timing.p99Ms()));
  }

  private static long directorySize(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(BenchSearchCommand::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String round(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
