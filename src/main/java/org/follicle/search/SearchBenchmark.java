package org.follicle.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

/**
 * Measures search under concurrent load: the application's search (facets, highlights, the listed
 * fields, TLDRs and citation counts) against the same queries straight on its Lucene index, in one
 * run.
 */
@Component
public class SearchBenchmark {

  private static final AggregationKey<Map<String, Long>> TOPICS = AggregationKey.of("topics");

  private final PaperSearch search;
  private final EntityManagerFactory entities;

  SearchBenchmark(PaperSearch search, EntityManagerFactory entities) {
    this.search = search;
    this.entities = entities;
  }

  /** Latencies and throughput of one phase. */
  public record Timing(long queries, double seconds, double p50Ms, double p95Ms, double p99Ms) {

    /** Queries per second over all clients. */
    public double qps() {
      return queries / seconds;
    }
  }

  /**
   * A mixed query set from the catalogue's most common MeSH terms: each as words, as a phrase, and
   * as words within a ten-year range, so that queries match few papers and many.
   */
  public List<String> queries(int topics) {
    Map<String, Long> common;
    try (EntityManager session = entities.createEntityManager()) {
      common =
          Search.session(session)
              .search(IndexedPaper.class)
              .where(f -> f.matchAll())
              .aggregation(
                  TOPICS, f -> f.terms().field("mesh.label", String.class).maxTermCount(topics))
              .fetch(0)
              .aggregation(TOPICS);
    }
    List<String> queries = new ArrayList<>();
    for (String topic : common.keySet()) {
      String words = topic.replace(",", " ").replace("\"", " ");
      queries.add(words);
      queries.add("\"" + words + "\"");
      queries.add(words + " year:2005..2015");
    }
    return queries;
  }

  /** The application's search, as the API runs it: one page of 20 with facets and highlights. */
  public Timing application(
      List<String> queries, SearchMode mode, int clients, Duration warmup, Duration measured)
      throws InterruptedException {
    return measure(
        queries,
        clients,
        warmup,
        measured,
        q -> search.search(q, SearchSort.RELEVANCE, mode, null, 20).total());
  }

  /** The same queries straight on the Lucene index: the baseline. */
  public Timing rawLucene(List<String> queries, int clients, Duration warmup, Duration measured)
      throws Exception {
    try (RawLuceneSearch lucene = new RawLuceneSearch(entities)) {
      return measure(queries, clients, warmup, measured, lucene::run);
    }
  }

  private static Timing measure(
      List<String> queries,
      int clients,
      Duration warmup,
      Duration measured,
      ToLongFunction<String> query)
      throws InterruptedException {
    run(queries, clients, warmup, query);
    long started = System.nanoTime();
    List<long[]> latencies = run(queries, clients, measured, query);
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Timing(
        all.length, seconds, percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99));
  }

  /** Each client runs the queries in turn, from its own place in the list, until time is up. */
  private static List<long[]> run(
      List<String> queries, int clients, Duration time, ToLongFunction<String> query)
      throws InterruptedException {
    long deadline = System.nanoTime() + time.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<long[]>> results = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int start = c * queries.size() / clients;
        results.add(
            pool.submit(
                () -> {
                  long[] times = new long[1024];
                  int n = 0;
                  long sink = 0;
                  for (int i = start; System.nanoTime() < deadline; i++) {
                    long before = System.nanoTime();
                    sink += query.applyAsLong(queries.get(i % queries.size()));
                    if (n == times.length) {
                      times = Arrays.copyOf(times, n * 2);
                    }
                    times[n++] = System.nanoTime() - before;
                  }
                  return sink < 0 ? new long[0] : Arrays.copyOf(times, n);
                }));
      }
      List<long[]> latencies = new ArrayList<>();
      for (Future<long[]> result : results) {
        latencies.add(result.get());
      }
      return latencies;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a benchmark query failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static double percentile(long[] sorted, double share) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(share * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
