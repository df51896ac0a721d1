package org.follicle;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;

/** The figures of {@code bench page}, one {@code NAME value} a line. */
final class BenchPageReport {

  private static final double MIB = 1024 * 1024;

  private final PrintWriter out;

  BenchPageReport(PrintWriter out) {
    this.out = out;
  }

  void corpus(long papers, long posts, int clients, int seconds) {
    line("corpus.papers", papers);
    line("corpus.channel_posts", posts);
    line("cores", Runtime.getRuntime().availableProcessors());
    line("clients", clients);
    line("seconds_per_phase", seconds);
  }

  void phase(String name, PageLoad.Phase phase) {
    Latencies times = phase.latencies();
    line(name + ".requests", phase.ok() + phase.errors());
    line(name + ".errors", phase.errors());
    if (phase.firstError() != null) {
      line(name + ".first_error", phase.firstError());
    }
    line(name + ".requests_per_s", BenchPageCommand.round(phase.perSecond()));
    line(name + ".p50_ms", BenchPageCommand.round(times.percentileMs(0.50)));
    line(name + ".p95_ms", BenchPageCommand.round(times.percentileMs(0.95)));
    line(name + ".p99_ms", BenchPageCommand.round(times.percentileMs(0.99)));
    line(name + ".load_cpu_s", BenchPageCommand.round(phase.cpuNanos() / 1e9));
    line(
        name + ".server_cpu_ms_per_request", BenchPageCommand.round(phase.serverCpuMsPerRequest()));
  }

  /** How the page compares with the static file: throughput share and p95 multiple. */
  void ratios(String name, PageLoad.Phase page, PageLoad.Phase baseline) {
    line(
        "ratio." + name + "_to_static_requests_per_s",
        BenchPageCommand.round(page.perSecond() / baseline.perSecond()));
    line(
        "ratio." + name + "_to_static_server_cpu_per_request",
        BenchPageCommand.round(page.serverCpuMsPerRequest() / baseline.serverCpuMsPerRequest()));
    line(
        "ratio." + name + "_to_static_p95",
        BenchPageCommand.round(
            page.latencies().percentileMs(0.95) / baseline.latencies().percentileMs(0.95)));
  }

  /** The whole process's CPU over the phases and the load generator's share of it. */
  void cpu(long processNanos, PageLoad.Phase... phases) {
    long load = 0;
    for (PageLoad.Phase phase : phases) {
      load += phase.cpuNanos();
    }
    line("process.cpu_s", BenchPageCommand.round(processNanos / 1e9));
    line("load_generator.cpu_s", BenchPageCommand.round(load / 1e9));
    line("load_generator.cpu_share", BenchPageCommand.round(load / (double) processNanos));
  }

  void heap() {
    Runtime runtime = Runtime.getRuntime();
    line("heap.max_mib", BenchPageCommand.round(runtime.maxMemory() / MIB));
    line("heap.used_after_gc_mib", BenchPageCommand.round(heapAfterCollection() / MIB));
  }

  void soak(double rate, List<PageLoad.Phase> minutes, long heapBefore, long heapAfter) {
    line("soak.rate_per_s", BenchPageCommand.round(rate));
    line("soak.minutes", minutes.size());
    long requests = 0;
    long errors = 0;
    for (int m = 0; m < minutes.size(); m++) {
      PageLoad.Phase minute = minutes.get(m);
      requests += minute.ok() + minute.errors();
      errors += minute.errors();
      line(
          "soak.minute_%d.p95_ms".formatted(m + 1),
          BenchPageCommand.round(minute.latencies().percentileMs(0.95)));
      if (minute.firstError() != null) {
        line("soak.minute_%d.first_error".formatted(m + 1), minute.firstError());
      }
    }
    line("soak.requests", requests);
    line("soak.errors", errors);
    line("soak.p95_drift_pct", BenchPageCommand.round(drift(minutes)));
    line("soak.heap_after_gc_start_mib", BenchPageCommand.round(heapBefore / MIB));
    line("soak.heap_after_gc_end_mib", BenchPageCommand.round(heapAfter / MIB));
    line("soak.heap_growth_mib", BenchPageCommand.round((heapAfter - heapBefore) / MIB));
  }

  /** The last minute's p95 against the first's, in percent (positive: slower at the end). */
  static double drift(List<PageLoad.Phase> minutes) {
    double first = minutes.get(0).latencies().percentileMs(0.95);
    double last = minutes.get(minutes.size() - 1).latencies().percentileMs(0.95);
    return first == 0 ? 0 : (last - first) / first * 100;
  }

  /** Heap in use once a full collection has run, in bytes; what is still held, not garbage. */
  static long heapAfterCollection() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private void line(String name, Object value) {
    out.println(name + " " + value);
  }
}
