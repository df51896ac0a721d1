package org.follicle;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.citation.CitationBenchmark;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Citation resolution speed on a synthesised graph, against identifier joins, and page latency. */
@Command(
    name = "citations",
    mixinStandardHelpOptions = true,
    description = {
      "Synthesises a citation graph (power-law citation counts; references by DOI, by PMID, by"
          + " title, year and first author only, and to papers not in the catalogue), bulk-loads"
          + " it into an empty temporary catalogue, resolves every reference with Follicle's"
          + " rebuild, then with plain JDBC identifier joins (the baseline), checks that the"
          + " resolved references add up to the cited-by counts and agree with the baseline, and"
          + " times the paper page over HTTP with the citation sections on and off.",
      "Prints one NAME value per line; exits 1 if a check fails."
    })
class BenchCitationsCommand extends ContextCommand {

  @Option(
      names = "--papers",
      defaultValue = "1000000",
      paramLabel = "N",
      description = "Papers in the graph (default: ${DEFAULT-VALUE}).")
  int papers;

  @Option(
      names = "--references-per-paper",
      defaultValue = "20",
      paramLabel = "N",
      description = "References in each paper's list (default: ${DEFAULT-VALUE}).")
  int referencesPerPaper;

  @Option(
      names = "--page-requests",
      defaultValue = "500",
      paramLabel = "N",
      description =
          "Timed paper page requests with the sections on, and as many off (default: 500).")
  int pageRequests;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "N",
      description = "Seed of the synthesised graph (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (papers < 2 || referencesPerPaper < 1 || pageRequests < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--papers must be at least 2, --references-per-paper and --page-requests at least 1");
    }
    Path work = Files.createTempDirectory("follicle-bench-citations-");
    dataDir = work.resolve("data");
    List<String> settings = new ArrayList<>(FollicleCommand.QUIET);
    settings.add("--server.port=0");
    settings.add("--server.address=127.0.0.1");
    settings.add("--follicle.search.embeddings.enabled=false");
    try (ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, settings)) {
      if (context.getBean(Catalog.class).size() > 0) {
        throw new ParameterException(spec.commandLine(), "the catalogue is not empty");
      }
      return run(context);
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  private int run(ConfigurableApplicationContext context) throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    CitationBenchmark bench = context.getBean(CitationBenchmark.class);
    err.printf(
        "loading %,d papers with %,d references each into %s%n",
        papers, referencesPerPaper, dataDir);
    CitationBenchmark.Loaded loaded =
        bench.load(papers, referencesPerPaper, seed, progress(err, "stored"));
    err.println("resolving with Follicle's rebuild");
    CitationBenchmark.Phase follicle = bench.resolve(progress(err, "resolved"));
    err.println("resolving with plain JDBC identifier joins (baseline), then checking");
    err.flush();
    CitationBenchmark.Phase baseline = bench.identifierBaseline(loaded.paperIds());
    CitationBenchmark.Check check = bench.check(loaded.paperIds());
    long started = System.nanoTime();
    context.getBean(DerivedWork.class).await(Duration.ofHours(2));
    double indexSeconds = (System.nanoTime() - started) / 1e9;
    err.println("timing the paper page with the citation sections on and off");
    err.flush();
    URI base =
        URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    CitationBenchmark.PageLatency page =
        bench.pageLatency(base, loaded.paperIds(), pageRequests, seed);
    line(out, "graph.papers", papers);
    line(out, "graph.references", loaded.references());
    line(out, "cores", Runtime.getRuntime().availableProcessors());
    line(out, "load.papers_per_s", round(papers / loaded.seconds()));
    line(out, "load.seconds", round(loaded.seconds()));
    phase(out, "follicle", follicle);
    phase(out, "baseline", baseline);
    line(
        out,
        "ratio.follicle_to_baseline",
        round(follicle.referencesPerSecond() / baseline.referencesPerSecond()));
    line(out, "resolved.by_title_year_author", check.byTitle());
    line(out, "check.sum_references_resolved", check.referencesResolved());
    line(out, "check.sum_cited_by", check.citedBy());
    line(out, "check.links", check.links());
    line(out, "check.disagreeing_with_baseline", check.disagreeing());
    line(out, "check.holds", check.holds());
    line(out, "index.counts_seconds_after_resolution", round(indexSeconds));
    latency(out, "page.with_citations", page.withSections());
    latency(out, "page.without_citations", page.withoutSections());
    line(
        out,
        "ratio.page_p95_with_to_without",
        round(page.withSections().p95Ms() / page.withoutSections().p95Ms()));
    out.flush();
    return check.holds() ? 0 : 1;
  }

  /** Prints a line every tenth of the graph, with the rate so far. */
  private LongConsumer progress(PrintWriter err, String what) {
    long started = System.nanoTime();
    long step = Math.max(1, papers / 10);
    long[] shown = {0};
    return done -> {
      if (done - shown[0] >= step || done == papers) {
        shown[0] = done;
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(
            Locale.ROOT,
            "progress: %,d papers %s (%,.0f references/s)%n",
            done,
            what,
            done * (double) referencesPerPaper / seconds);
        err.flush();
      }
    };
  }

  private static void phase(PrintWriter out, String name, CitationBenchmark.Phase phase) {
    line(out, name + ".references", phase.references());
    line(out, name + ".resolved", phase.resolved());
    line(out, name + ".seconds", round(phase.seconds()));
    line(out, name + ".references_per_s", round(phase.referencesPerSecond()));
  }

  private static void latency(PrintWriter out, String name, CitationBenchmark.Latency latency) {
    line(out, name + ".requests", latency.requests());
    line(out, name + ".p50_ms", round(latency.p50Ms()));
    line(out, name + ".p95_ms", round(latency.p95Ms()));
  }

  private static void line(PrintWriter out, String name, Object value) {
    out.println(name + " " + value);
  }

  private static String round(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
