package org.follicle;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.follicle.catalog.Catalog;
import org.follicle.evidence.StudyFactRebuild;
import org.follicle.ingest.ImportReport;
import org.follicle.ingest.Importer;
import org.follicle.summary.TldrRebuild;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Measures how fast TLDRs, plain-language summaries and study facts are written, against import.
 */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Imports the given PubMed files into an empty temporary catalogue with the on-import"
          + " summaries and study facts turned off, then writes every paper's TLDR,"
          + " plain-language summary and study facts, and prints papers/s of each phase, their"
          + " ratio, and the CPU milliseconds each paper took, which other load on the machine"
          + " does not change."
    })
class BenchSummaryCommand extends ContextCommand {

  private static final List<String> DERIVED_OFF =
      List.of(
          "--follicle.summary.on-import=false",
          "--follicle.summary.plain-language.on-import=false",
          "--follicle.evidence.on-import=false");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "PubMed XML files or folders.")
  List<Path> sources;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("follicle-bench-summary-");
    dataDir = work.resolve("data");
    List<String> settings =
        Stream.concat(FollicleCommand.QUIET.stream(), DERIVED_OFF.stream()).toList();
    try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, settings)) {
      PrintWriter err = spec.commandLine().getErr();
      TerminalProgress progress = new TerminalProgress(err, System.console() != null);
      long started = System.nanoTime();
      ImportReport report =
          context.getBean(Importer.class).importPaths(sources, Optional.empty(), progress);
      ImportCommand.awaitDerivedWork(context, err);
      progress.finish();
      double importSeconds = seconds(started);
      long papers = context.getBean(Catalog.class).size();
      started = System.nanoTime();
      long cpu = PageLoad.processCpuNanos();
      context.getBean(TldrRebuild.class).run(done -> {});
      double summarySeconds = seconds(started);
      double summaryCpuMs = (PageLoad.processCpuNanos() - cpu) / 1e6;
      started = System.nanoTime();
      cpu = PageLoad.processCpuNanos();
      context.getBean(StudyFactRebuild.class).run(done -> {});
      double factSeconds = seconds(started);
      double factCpuMs = (PageLoad.processCpuNanos() - cpu) / 1e6;
      PrintWriter out = spec.commandLine().getOut();
      line(out, "papers", papers);
      line(out, "cores", Runtime.getRuntime().availableProcessors());
      line(out, "import.summary", report.summaryLine());
      line(out, "import.papers_per_s", rate(papers, importSeconds));
      line(out, "summaries.papers_per_s", rate(papers, summarySeconds));
      line(out, "facts.papers_per_s", rate(papers, factSeconds));
      line(out, "derived.papers_per_s", rate(papers, summarySeconds + factSeconds));
      // CPU time does not depend on what else the machine runs, unlike the rates above.
      line(out, "summaries.cpu_ms_per_paper", decimal(summaryCpuMs / papers));
      line(out, "facts.cpu_ms_per_paper", decimal(factCpuMs / papers));
      double derivedCpuMs = (summaryCpuMs + factCpuMs) / papers;
      line(out, "derived.cpu_ms_per_paper", decimal(derivedCpuMs));
      line(
          out,
          "derived.papers_per_s_on_all_cores",
          decimal(Runtime.getRuntime().availableProcessors() * 1000 / derivedCpuMs));
      line(
          out,
          "ratio.derived_to_import",
          String.format(Locale.ROOT, "%.2f", importSeconds / (summarySeconds + factSeconds)));
      out.flush();
      return 0;
    } finally {
      FileSystemUtils.deleteRecursively(work);
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private static String rate(long papers, double seconds) {
    return decimal(papers / seconds);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private static void line(PrintWriter out, String name, Object value) {
    out.println(name + " " + value);
  }
}
