package org.follicle.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.springframework.stereotype.Service;

/**
 * Measures ranking on an IR test collection: its documents are stored as papers in the (throwaway)
 * catalogue this runs on, indexed like any paper, and its queries run through the reader's search.
 */
@Service
public class SearchEvaluation {

  /** Judged ranks read per query: average precision is taken over this many. */
  static final int DEPTH = 1000;

  private static final int BATCH = 200;

  /** The first sentence of a document without a title stands in for it, as in MEDLINE. */
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{10,400}?[.?!])\\s+(.+)$");

  private final Catalog catalog;
  private final PaperSearch search;

  SearchEvaluation(Catalog catalog, PaperSearch search) {
    this.catalog = catalog;
    this.search = search;
  }

  /** The averages over the judged queries. */
  public record Scores(int documents, int queries, double ndcg10, double map, double recall100) {}

  /**
   * Stores the collection's documents; the collection's document id stands in for a PMID, which is
   * what finds the paper again when the rankings are scored. Returns how many were stored.
   */
  public int load(Path documents) {
    List<PaperRecord> batch = new ArrayList<>(BATCH);
    int stored = 0;
    for (IrCollection.Document document : IrCollection.documents(documents)) {
      batch.add(record(document));
      if (batch.size() == BATCH) {
        stored += catalog.upsertAll(batch).size();
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      stored += catalog.upsertAll(batch).size();
    }
    return stored;
  }

  /** Runs every judged query and scores its ranking; call once the loaded papers are indexed. */
  public Scores score(
      Path documents, Path queries, Path judgements, boolean withSynonyms, SearchMode mode) {
    Map<Long, String> documentOf = new HashMap<>();
    List<IrCollection.Document> all = IrCollection.documents(documents);
    for (IrCollection.Document document : all) {
      catalog.idByPmid(pmidOf(document)).ifPresent(id -> documentOf.put(id, document.id()));
    }
    Map<String, Set<String>> relevant = IrCollection.relevant(judgements);
    double ndcg = 0;
    double map = 0;
    double recall = 0;
    int judged = 0;
    for (var query : IrCollection.queries(queries).entrySet()) {
      Set<String> wanted = relevant.get(query.getKey());
      if (wanted == null || wanted.isEmpty()) {
        continue;
      }
      List<String> ranking =
          search.rankedIds(query.getValue(), DEPTH, withSynonyms, mode).stream()
              .map(documentOf::get)
              .toList();
      ndcg += RelevanceMetrics.ndcg(ranking, wanted, 10);
      map += RelevanceMetrics.averagePrecision(ranking, wanted);
      recall += RelevanceMetrics.recall(ranking, wanted, 100);
      judged++;
    }
    int n = Math.max(judged, 1);
    return new Scores(all.size(), judged, ndcg / n, map / n, recall / n);
  }

  /** For each judged query, the ids of the loaded papers judged relevant to it. */
  public Map<String, Set<Long>> relevantPapers(Path judgements) {
    Map<String, Set<Long>> papers = new HashMap<>();
    IrCollection.relevant(judgements)
        .forEach(
            (query, documents) ->
                papers.put(
                    query,
                    documents.stream()
                        .map(catalog::idByPmid)
                        .flatMap(Optional::stream)
                        .collect(Collectors.toSet())));
    return papers;
  }

  private static PaperRecord record(IrCollection.Document document) {
    String title = document.title();
    String text = document.text();
    if (title.isBlank()) {
      Matcher sentence = FIRST_SENTENCE.matcher(text);
      title = sentence.matches() ? sentence.group(1) : text;
      text = sentence.matches() ? sentence.group(2) : text;
    }
    return PaperRecord.builder()
        .title(title)
        .pmid(pmidOf(document))
        .abstractSection(new PaperRecord.AbstractSection(null, text))
        .build();
  }

  private static String pmidOf(IrCollection.Document document) {
    if (!document.id().matches("[1-9]\\d{0,9}")) {
      throw new IllegalArgumentException(
          "document id '%s' is not a positive whole number".formatted(document.id()));
    }
    return document.id();
  }
}
