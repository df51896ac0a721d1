package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.CatalogueCopies;
import org.follicle.ingest.ImportBenchmark;
import org.follicle.ingest.Importer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Paper and channel pages under concurrent HTTP load, against a static file of the same app. */
@Command(
    name = "page",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a catalogue of a synthesised PubMed corpus (the given files' articles repeated under"
          + " fresh identifiers), starts the web app on a loopback port, fills a channel with"
          + " posts through the API, then has concurrent HTTP clients request, for --seconds after"
          + " as many of warm-up: a static file of the app (the baseline), random paper pages, and"
          + " the channel page.",
      "With --soak it then requests paper pages at --rate for that many minutes and prints p95"
          + " per minute, its drift, the errors and the heap after a collection before and after.",
      "With --data-dir pointing at a catalogue a previous run built, that catalogue is used as is."
          + " Rate limits are raised for the run only."
    })
class BenchPageCommand extends ContextCommand {

  static final String STATIC_PATH = "/css/follicle.css";
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Option(
      names = "--papers",
      defaultValue = "100000",
      paramLabel = "N",
      description = "Papers in the synthesised catalogue (default: ${DEFAULT-VALUE}).")
  long papers;

  @Option(
      names = "--imported",
      defaultValue = "2000",
      paramLabel = "N",
      description =
          "Of those, how many are imported as PubMed XML; the rest are copies of them made in SQL"
              + " (default: ${DEFAULT-VALUE}).")
  long imported;

  @Option(
      names = "--clients",
      defaultValue = "16",
      paramLabel = "N",
      description = "Concurrent HTTP clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--seconds",
      defaultValue = "30",
      paramLabel = "S",
      description = "Measured seconds of each phase, after as many of warm-up (default: 30).")
  int seconds;

  @Option(
      names = "--posts",
      defaultValue = "40",
      paramLabel = "N",
      description = "Posts in the benchmark's channel (default: ${DEFAULT-VALUE}).")
  int posts;

  @Option(
      names = "--soak",
      defaultValue = "0",
      paramLabel = "MINUTES",
      description = "Then request paper pages at --rate for this many minutes (default: none).")
  int soakMinutes;

  @Option(
      names = "--rate",
      paramLabel = "R",
      description = "Paper pages per second in the soak (default: half the measured throughput).")
  Double rate;

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "PubMed XML files or folders to synthesise the corpus from.")
  List<Path> sources = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    checkArguments();
    boolean ownDataDir = !spec.commandLine().getParseResult().hasMatchedOption("--data-dir");
    Path work = Files.createTempDirectory("follicle-bench-");
    dataDir = ownDataDir ? work.resolve("data") : dataDir;
    try (ConfigurableApplicationContext context = start(WebApplicationType.SERVLET, settings())) {
      PrintWriter err = spec.commandLine().getErr();
      build(context, work.resolve("corpus.xml"), err);
      URI base = baseOf(context);
      List<Long> ids = paperIds(context.getBean(Catalog.class));
      long channelPosts = fillChannel(context, base, ids, err);
      measure(base, ids, channelPosts, err);
      return 0;
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  void checkArguments() {
    if (papers < 1 || imported < 1 || clients < 1 || seconds < 1 || posts < 1 || soakMinutes < 0) {
      throw new ParameterException(
          spec.commandLine(),
          "--papers, --imported, --clients, --seconds and --posts must be at least 1, --soak at"
              + " least 0");
    }
    if (rate != null && !(rate > 0)) {
      throw new ParameterException(
          spec.commandLine(), "--rate must be more than 0 pages per second, not " + rate);
    }
  }

  /**
   * A loopback port; no TLDRs, facts or embeddings on import (a large catalogue would take hours);
   * every rate limit raised out of reach for this run, as the product's own stay as configured.
   */
  private static List<String> settings() throws IOException {
    List<String> args = new ArrayList<>(FollicleCommand.QUIET);
    args.add("--server.port=0");
    args.add("--server.address=127.0.0.1");
    args.add("--follicle.search.embeddings.enabled=false");
    args.add("--follicle.summary.on-import=false");
    args.add("--follicle.evidence.on-import=false");
    for (String limit : rateLimitNames()) {
      args.add("--follicle.rate-limits." + limit + ".limit=" + Integer.MAX_VALUE);
    }
    return args;
  }

  /** The rate limits the application configures. */
  static List<String> rateLimitNames() throws IOException {
    Properties properties = PropertiesLoaderUtils.loadAllProperties("application.properties");
    return properties.stringPropertyNames().stream()
        .filter(key -> key.startsWith("follicle.rate-limits.") && key.endsWith(".limit"))
        .map(
            key ->
                key.substring("follicle.rate-limits.".length(), key.length() - ".limit".length()))
        .sorted()
        .toList();
  }

  /**
   * Imports {@code --imported} synthesised articles into an empty catalogue, then copies them in
   * SQL up to {@code --papers}; a catalogue of that size already is used as it is.
   */
  private void build(ConfigurableApplicationContext context, Path corpus, PrintWriter err)
      throws IOException, InterruptedException {
    long held = context.getBean(Catalog.class).size();
    if (held >= papers) {
      err.printf("using the catalogue of %,d papers at %s as it is%n", held, dataDir);
      return;
    }
    if (held == 0) {
      importSynthesised(context, corpus, err);
    }
    err.printf("copying papers until the catalogue at %s holds %,d%n", dataDir, papers);
    context
        .getBean(CatalogueCopies.class)
        .growTo(papers, ReindexCommand.every(10_000, err, "papers in the catalogue"));
  }

  private void importSynthesised(
      ConfigurableApplicationContext context, Path corpus, PrintWriter err)
      throws IOException, InterruptedException {
    if (sources.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(), "the catalogue is empty: give PubMed XML files to synthesise from");
    }
    long articles = Math.min(papers, imported);
    err.printf("synthesising %,d articles into %s%n", articles, corpus);
    err.flush();
    context.getBean(ImportBenchmark.class).synthesise(sources, articles, corpus);
    err.println("importing into " + dataDir);
    err.flush();
    TerminalProgress progress = new TerminalProgress(err, System.console() != null);
    context.getBean(Importer.class).importPaths(List.of(corpus), Optional.empty(), progress);
    progress.finish();
    ImportCommand.awaitDerivedWork(context, err);
    Files.delete(corpus);
  }

  private static URI baseOf(ConfigurableApplicationContext context) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    return URI.create("http://127.0.0.1:" + port);
  }

  private static List<Long> paperIds(Catalog catalog) {
    List<Long> ids = new ArrayList<>();
    for (List<Long> page = catalog.idsAfter(0, 10_000);
        !page.isEmpty();
        page = catalog.idsAfter(page.get(page.size() - 1), 10_000)) {
      ids.addAll(page);
    }
    return ids;
  }

  /** The channel's posts are written by a fresh admin account of this run. */
  private long fillChannel(
      ConfigurableApplicationContext context, URI base, List<Long> ids, PrintWriter err)
      throws IOException, InterruptedException {
    String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    String password = UUID.randomUUID().toString();
    context
        .getBean(Accounts.class)
        .createConfirmed(username, username + "@bench.invalid", password, Set.of(Role.ADMIN));
    err.printf("filling channel '%s' with %d posts%n", BenchChannel.SLUG, posts);
    err.flush();
    return new BenchChannel(base, username, password).fill(posts, ids, new SplittableRandom(7));
  }

  private void measure(URI base, List<Long> ids, long channelPosts, PrintWriter err)
      throws InterruptedException {
    Duration phase = Duration.ofSeconds(seconds);
    SplittableRandom seeds = new SplittableRandom(42);
    ThreadLocal<SplittableRandom> random = ThreadLocal.withInitial(() -> seeds.split());
    Supplier<String> paperPages = () -> "/papers/" + ids.get(random.get().nextInt(ids.size()));
    String channelPage = "/community/" + BenchChannel.SLUG;
    try (PageLoad load = new PageLoad(base, clients)) {
      long cpuBefore = PageLoad.processCpuNanos();
      err.printf(
          "%d clients, %d s of warm-up and %d s measured per phase%n", clients, seconds, seconds);
      err.println("phase static " + STATIC_PATH);
      err.flush();
      PageLoad.Phase statics = load.closedLoop(() -> STATIC_PATH, phase, phase);
      err.println("phase paper /papers/{random id}");
      err.flush();
      PageLoad.Phase paper = load.closedLoop(paperPages, phase, phase);
      err.println("phase channel " + channelPage);
      err.flush();
      PageLoad.Phase channel = load.closedLoop(() -> channelPage, phase, phase);
      long processCpu = PageLoad.processCpuNanos() - cpuBefore;
      PrintWriter out = spec.commandLine().getOut();
      BenchPageReport report = new BenchPageReport(out);
      report.corpus(ids.size(), channelPosts, clients, seconds);
      report.phase("static", statics);
      report.phase("paper", paper);
      report.phase("channel", channel);
      report.ratios("paper", paper, statics);
      report.ratios("channel", channel, statics);
      report.cpu(processCpu, statics, paper, channel);
      report.heap();
      out.flush();
      if (soakMinutes > 0) {
        double soakRate = rate != null ? rate : paper.perSecond() / 2;
        err.printf("soak: %.1f paper pages/s for %d minutes%n", soakRate, soakMinutes);
        err.flush();
        long heapBefore = BenchPageReport.heapAfterCollection();
        List<PageLoad.Phase> minutes =
            load.atRate(paperPages, soakRate, MINUTE.multipliedBy(soakMinutes), MINUTE);
        report.soak(soakRate, minutes, heapBefore, BenchPageReport.heapAfterCollection());
        out.flush();
      }
    }
  }

  static String round(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
