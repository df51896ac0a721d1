package org.follicle.citation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.follicle.catalog.BulkPaperLoad;
import org.follicle.catalog.PaperRecord;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The parts of {@code bench citations}: a synthesised citation graph loaded into the catalogue,
 * resolved by the module's own rebuild and by plain identifier joins (the baseline), checked, and
 * the paper page timed over HTTP with the citation sections on and off.
 */
@Service
public class CitationBenchmark {

  /** Papers per insert batch and per baseline query. */
  private static final int PAGE = 1000;

  private final BulkPaperLoad load;
  private final Citations citations;
  private final JdbcClient jdbc;
  private final CitationPageSwitch pageSwitch;

  CitationBenchmark(
      BulkPaperLoad load, Citations citations, JdbcClient jdbc, CitationPageSwitch pageSwitch) {
    this.load = load;
    this.citations = citations;
    this.jdbc = jdbc;
    this.pageSwitch = pageSwitch;
  }

  /** How long a phase took over how many references, and how many it resolved. */
  public record Phase(long references, long resolved, double seconds) {

    public double referencesPerSecond() {
      return references / seconds;
    }
  }

  /** What was loaded: the ids of the papers in graph order. */
  public record Loaded(long[] paperIds, long references, double seconds) {}

  /**
   * Synthesises a graph of {@code papers} papers with {@code referencesPerPaper} references each
   * and bulk-loads it into the catalogue; progress hears how many papers are stored.
   */
  public Loaded load(int papers, int referencesPerPaper, long seed, LongConsumer progress) {
    SynthesisedCitationGraph graph = new SynthesisedCitationGraph(papers, referencesPerPaper, seed);
    long started = System.nanoTime();
    long[] ids = new long[papers];
    for (int from = 0; from < papers; from += PAGE) {
      List<PaperRecord> batch = new ArrayList<>(PAGE);
      for (int n = from; n < Math.min(papers, from + PAGE); n++) {
        batch.add(graph.paper(n));
      }
      List<Long> stored = load.insert(batch);
      for (int i = 0; i < stored.size(); i++) {
        ids[from + i] = stored.get(i);
      }
      progress.accept(from + batch.size());
    }
    return new Loaded(ids, (long) papers * referencesPerPaper, seconds(started));
  }

  /** Follicle's resolution: the module's rebuild of every paper's links and counts. */
  public Phase resolve(LongConsumer progress) {
    long started = System.nanoTime();
    citations.rebuild(progress);
    double seconds = seconds(started);
    long[] counts =
        jdbc.sql("select count(*), count(cited_paper_id) from citation_reference")
            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
            .single();
    return new Phase(counts[0], counts[1], seconds);
  }

  /**
   * The baseline: every reference of these papers looked up by DOI, else PMID, else PMCID with
   * plain JDBC, a page of citing papers at a time (one read of their references, one IN lookup per
   * identifier kind); it resolves in memory and writes nothing.
   */
  public Phase identifierBaseline(long[] paperIds) {
    long started = System.nanoTime();
    long[] counts = new long[2];
    forEachPage(
        paperIds,
        ids ->
            identifierLinks(ids)
                .forEach(
                    (position, cited) -> {
                      counts[0]++;
                      counts[1] += cited == null ? 0 : 1;
                    }));
    return new Phase(counts[0], counts[1], seconds(started));
  }

  /**
   * The references of these citing papers, by (citing paper, position), each with the paper its
   * DOI, PMID or PMCID names (null for none).
   */
  private Map<List<Long>, Long> identifierLinks(List<Long> citingIds) {
    List<String[]> references = new ArrayList<>();
    jdbc.sql("select paper_id, seq, doi, pmid, pmcid from paper_reference where paper_id in (:ids)")
        .param("ids", citingIds)
        .query(
            (RowCallbackHandler)
                rs ->
                    references.add(
                        new String[] {
                          rs.getString(1),
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5)
                        }));
    List<Map<String, Long>> byIdentifier = new ArrayList<>();
    String[] columns = {"doi", "pmid", "pmcid"};
    for (int c = 0; c < columns.length; c++) {
      int index = c + 2;
      byIdentifier.add(
          paperIdsBy(
              columns[c],
              references.stream().map(r -> r[index]).filter(v -> v != null).distinct().toList()));
    }
    Map<List<Long>, Long> links = new java.util.HashMap<>();
    for (String[] r : references) {
      Long cited = null;
      for (int c = 0; c < columns.length && cited == null; c++) {
        cited = r[c + 2] == null ? null : byIdentifier.get(c).get(r[c + 2]);
      }
      links.put(List.of(Long.valueOf(r[0]), Long.valueOf(r[1])), cited);
    }
    return links;
  }

  private Map<String, Long> paperIdsBy(String column, List<String> values) {
    Map<String, Long> found = new java.util.HashMap<>();
    for (int from = 0; from < values.size(); from += PAGE) {
      jdbc.sql("select %s, id from paper where %s in (:values)".formatted(column, column))
          .param("values", values.subList(from, Math.min(values.size(), from + PAGE)))
          .query((RowCallbackHandler) rs -> found.put(rs.getString(1), rs.getLong(2)));
    }
    return found;
  }

  /**
   * What the resolution must keep: the resolved references summed over papers, the cited-by counts
   * summed, the links in the table, and how many references an identifier names whose link is
   * missing or goes elsewhere (zero when resolution agrees with the baseline).
   */
  public record Check(
      long referencesResolved, long citedBy, long links, long byTitle, long disagreeing) {

    public boolean holds() {
      return referencesResolved == citedBy && citedBy == links && disagreeing == 0;
    }
  }

  /**
   * The check over these papers (a graph whose links stay among them, as the synthesised one's do),
   * read a page of papers at a time.
   */
  public Check check(long[] paperIds) {
    long[] sums = new long[5];
    forEachPage(
        paperIds,
        ids -> {
          jdbc.sql(
                  "select coalesce(sum(references_resolved), 0), coalesce(sum(cited_by), 0)"
                      + " from citation_paper where paper_id in (:ids)")
              .param("ids", ids)
              .query(
                  (RowCallbackHandler)
                      rs -> {
                        sums[0] += rs.getLong(1);
                        sums[1] += rs.getLong(2);
                      });
          jdbc.sql(
                  "select count(cited_paper_id), count(case when method = 'TITLE_YEAR_AUTHOR'"
                      + " then 1 end) from citation_reference where citing_paper_id in (:ids)")
              .param("ids", ids)
              .query(
                  (RowCallbackHandler)
                      rs -> {
                        sums[2] += rs.getLong(1);
                        sums[3] += rs.getLong(2);
                      });
          sums[4] += disagreeing(ids);
        });
    return new Check(sums[0], sums[1], sums[2], sums[3], sums[4]);
  }

  /**
   * How many references of these citing papers an identifier names but the citation table links
   * elsewhere or not at all: both read a page at a time and compared here.
   */
  private long disagreeing(List<Long> citingIds) {
    Map<List<Long>, Long> linked = new java.util.HashMap<>();
    jdbc.sql(
            "select citing_paper_id, seq, cited_paper_id from citation_reference"
                + " where citing_paper_id in (:ids) and cited_paper_id is not null")
        .param("ids", citingIds)
        .query(
            (RowCallbackHandler)
                rs -> linked.put(List.of(rs.getLong(1), rs.getLong(2)), rs.getLong(3)));
    return identifierLinks(citingIds).entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().equals(linked.get(e.getKey())))
        .count();
  }

  /** Latency percentiles of one kind of page request, in milliseconds. */
  public record Latency(int requests, double p50Ms, double p95Ms) {}

  /** The paper page timed with and without the citation sections, rounds of each in turn. */
  public record PageLatency(Latency withSections, Latency withoutSections) {}

  /**
   * Requests random papers' pages from the running server at {@code base}, one at a time, after a
   * warm-up: rounds of 50 with the citation sections on, then 50 with them off, until each has
   * {@code requests}; the sections are left on.
   */
  public PageLatency pageLatency(URI base, long[] paperIds, int requests, long seed)
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    SplittableRandom random = new SplittableRandom(seed);
    List<Long> on = new ArrayList<>();
    List<Long> off = new ArrayList<>();
    try {
      for (int i = 0; i < Math.min(requests, 200); i++) {
        time(http, base, paperIds[random.nextInt(paperIds.length)]);
      }
      while (on.size() < requests) {
        for (boolean sections : new boolean[] {true, false}) {
          pageSwitch.set(sections);
          for (int i = 0; i < 50 && (sections ? on : off).size() < requests; i++) {
            (sections ? on : off).add(time(http, base, paperIds[random.nextInt(paperIds.length)]));
          }
        }
      }
    } finally {
      pageSwitch.set(true);
    }
    return new PageLatency(latency(on), latency(off));
  }

  private static long time(HttpClient http, URI base, long paperId)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/papers/" + paperId)).build();
    long started = System.nanoTime();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    long took = System.nanoTime() - started;
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "the page of paper %d answered %d".formatted(paperId, response.statusCode()));
    }
    return took;
  }

  private static Latency latency(List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Latency(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95));
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static void forEachPage(long[] paperIds, Consumer<List<Long>> page) {
    for (int from = 0; from < paperIds.length; from += PAGE) {
      page.accept(
          Arrays.stream(paperIds, from, Math.min(paperIds.length, from + PAGE)).boxed().toList());
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
