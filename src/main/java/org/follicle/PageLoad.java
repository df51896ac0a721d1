package org.follicle;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Requests pages of a running app over HTTP/1.1 from concurrent clients, times each answer and
 * counts the CPU its own threads (clients and the HTTP client's) spent, so a report can show what
 * the load generator took from the machine it shares with the server.
 */
final class PageLoad implements AutoCloseable {

  private static final String THREAD_PREFIX = "bench-load-";
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI base;
  private final ExecutorService clientThreads;
  private final ExecutorService httpThreads;
  private final HttpClient http;
  private final int clients;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  PageLoad(URI base, int clients) {
    this.base = base;
    this.clients = clients;
    this.clientThreads = Executors.newFixedThreadPool(clients, named(THREAD_PREFIX + "client-"));
    this.httpThreads = Executors.newFixedThreadPool(2, named(THREAD_PREFIX + "http-"));
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(httpThreads)
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** What one phase measured. */
  record Phase(
      long ok,
      long errors,
      String firstError,
      double seconds,
      Latencies latencies,
      long cpuNanos,
      long processCpuNanos) {

    /** Answered requests per second, errors included. */
    double perSecond() {
      return (ok + errors) / seconds;
    }

    /**
     * CPU milliseconds the rest of the process (the server) spent per answer: unlike requests per
     * second, this does not change with what else runs on the machine.
     */
    double serverCpuMsPerRequest() {
      return (processCpuNanos - cpuNanos) / 1e6 / Math.max(1, ok + errors);
    }
  }

  /**
   * Closed loop: each client asks for the next page as soon as the last one answered, first for
   * {@code warmup} (not counted), then for {@code measured}.
   */
  Phase closedLoop(Supplier<String> paths, Duration warmup, Duration measured)
      throws InterruptedException {
    Schedule now = deadline -> System.nanoTime() < deadline ? System.nanoTime() : NONE;
    run(paths, System.nanoTime() + warmup.toNanos(), now);
    return run(paths, System.nanoTime() + measured.toNanos(), now);
  }

  /**
   * Open loop at {@code rate} requests per second for {@code length}, one phase per {@code window}.
   * A request is timed from when it was due, not from when a busy client got to send it, so a slow
   * server cannot hide its queue by slowing the load down.
   */
  List<Phase> atRate(Supplier<String> paths, double rate, Duration length, Duration window)
      throws InterruptedException {
    long interval = Math.round(1e9 / rate);
    int windows = (int) Math.max(1, length.toNanos() / window.toNanos());
    long start = System.nanoTime();
    AtomicLong slots = new AtomicLong();
    Schedule paced =
        deadline -> {
          while (true) {
            long slot = slots.get();
            long at = start + slot * interval;
            if (at - deadline >= 0) {
              return NONE;
            }
            if (slots.compareAndSet(slot, slot + 1)) {
              long wait = at - System.nanoTime();
              if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
              }
              return at;
            }
          }
        };
    List<Phase> phases = new ArrayList<>();
    for (int w = 1; w <= windows; w++) {
      phases.add(run(paths, start + w * window.toNanos(), paced));
    }
    return phases;
  }

  /** No request is due before the deadline. */
  private static final long NONE = Long.MIN_VALUE;

  /**
   * When a client's next request is due ({@link System#nanoTime()}), or {@link #NONE} before the
   * phase's deadline; may wait until it is due.
   */
  private interface Schedule {
    long next(long deadline) throws InterruptedException;
  }

  private Phase run(Supplier<String> paths, long deadline, Schedule schedule)
      throws InterruptedException {
    Map<Long, Long> cpuBefore = ownCpuNanos();
    long processBefore = processCpuNanos();
    long started = System.nanoTime();
    List<Future<Client>> results = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      results.add(clientThreads.submit(() -> new Client().requestUntil(deadline, paths, schedule)));
    }
    List<Client> done = new ArrayList<>();
    try {
      for (Future<Client> result : results) {
        done.add(result.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("a load client failed", e.getCause());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long ok = done.stream().mapToLong(c -> c.times.count()).sum();
    long errors = done.stream().mapToLong(c -> c.errors).sum();
    String firstError =
        done.stream().map(c -> c.firstError).filter(e -> e != null).findFirst().orElse(null);
    Latencies all = Latencies.merged(done.stream().map(c -> c.times).toList());
    return new Phase(
        ok,
        errors,
        firstError,
        seconds,
        all,
        spent(cpuBefore, ownCpuNanos()),
        processCpuNanos() - processBefore);
  }

  /** One client's requests in one phase. */
  private final class Client {
    private final Latencies times = new Latencies();
    private long errors;
    private String firstError;

    Client requestUntil(long deadline, Supplier<String> paths, Schedule schedule)
        throws InterruptedException {
      while (true) {
        long due = schedule.next(deadline);
        if (due == NONE) {
          return this;
        }
        String path = paths.get();
        String failure = request(path);
        long elapsed = System.nanoTime() - due;
        if (failure == null) {
          times.record(elapsed);
        } else {
          errors++;
          firstError = firstError == null ? failure : firstError;
        }
      }
    }
  }

  /** Null when the page came with 200, else what went wrong. */
  private String request(String path) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    try {
      int status = http.send(request, BodyHandlers.discarding()).statusCode();
      return status == 200 ? null : "HTTP " + status + " for " + path;
    } catch (IOException e) {
      return e + " for " + path;
    }
  }

  /**
   * CPU time of the clients' and the HTTP client's threads (its selector's included), by thread, so
   * a phase counts what its threads spent between two readings.
   */
  private Map<Long, Long> ownCpuNanos() {
    Map<Long, Long> cpu = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && isOwn(info.getThreadName())) {
        cpu.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
      }
    }
    return cpu;
  }

  /** What the threads alive at the end spent since the first reading (all of it when new). */
  static long spent(Map<Long, Long> before, Map<Long, Long> after) {
    long total = 0;
    for (Map.Entry<Long, Long> thread : after.entrySet()) {
      total += Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L));
    }
    return total;
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static boolean isOwn(String thread) {
    return thread.startsWith(THREAD_PREFIX) || thread.startsWith("HttpClient-");
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger next = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + next.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  @Override
  public void close() {
    clientThreads.shutdownNow();
    httpThreads.shutdownNow();
  }
}
