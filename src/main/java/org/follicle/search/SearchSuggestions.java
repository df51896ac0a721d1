package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions of what a reader is typing: titles, topics and authors whose words start with the
 * typed words (the last one possibly unfinished), most common first.
 */
@Component
@Transactional(readOnly = true)
class SearchSuggestions {

  /** Values of the matching papers read to find the completions among. */
  private static final int CANDIDATES = 200;

  private static final AggregationKey<Map<String, Long>> KEYWORDS = AggregationKey.of("keywords");
  private static final AggregationKey<Map<String, Long>> MESH = AggregationKey.of("mesh");
  private static final AggregationKey<Map<String, Long>> AUTHORS = AggregationKey.of("authors");

  private static final Map<AggregationKey<Map<String, Long>>, String> AGGREGATED =
      Map.of(KEYWORDS, "keyword.label", MESH, "mesh.label", AUTHORS, "author.person.display");
  private static final List<String> AUTHOR_FIELDS =
      List.of("author.person.name", "author.person.given", "author.person.collective");

  private final EntityManager entities;
  private final Catalog catalog;

  SearchSuggestions(EntityManager entities, Catalog catalog) {
    this.entities = entities;
    this.catalog = catalog;
  }

  /** Completions of each kind. */
  record Suggestions(List<PaperSummary> papers, List<String> topics, List<String> authors) {}

  Suggestions suggest(String typed, int limit) {
    List<String> words = words(typed);
    if (words.isEmpty()) {
      return new Suggestions(List.of(), List.of(), List.of());
    }
    String prefixQuery = String.join(" ", words) + "*";
    SearchResult<Long> topics =
        prefixSearch(prefixQuery, List.of(SpellingSuggestion.FIELD), CANDIDATES, KEYWORDS, MESH);
    List<PaperSummary> papers =
        catalog.summaries(topics.hits()).stream()
            .filter(p -> completes(p.title(), words))
            .limit(limit)
            .toList();
    SearchResult<Long> authors = prefixSearch(prefixQuery, AUTHOR_FIELDS, 0, AUTHORS);
    return new Suggestions(
        papers,
        completions(limit, words, topics.aggregation(KEYWORDS), topics.aggregation(MESH)),
        completions(limit, words, authors.aggregation(AUTHORS)));
  }

  /** Papers whose fields have words starting with every typed word, with value counts. */
  @SafeVarargs
  private SearchResult<Long> prefixSearch(
      String prefixQuery,
      List<String> fields,
      int hits,
      AggregationKey<Map<String, Long>>... keys) {
    var query =
        Search.session(entities)
            .search(IndexedPaper.class)
            .select(f -> f.id(Long.class))
            .where(
                f ->
                    f.simpleQueryString()
                        .fields(fields.toArray(String[]::new))
                        .matching(prefixQuery)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(SimpleQueryFlag.PREFIX, SimpleQueryFlag.WHITESPACE));
    for (AggregationKey<Map<String, Long>> key : keys) {
      query =
          query.aggregation(
              key,
              f -> f.terms().field(AGGREGATED.get(key), String.class).maxTermCount(CANDIDATES));
    }
    return query.fetch(hits);
  }

  /** The values that complete the typed words, most papers first. */
  @SafeVarargs
  private static List<String> completions(
      int limit, List<String> words, Map<String, Long>... counts) {
    return Arrays.stream(counts)
        .flatMap(c -> c.entrySet().stream())
        .filter(e -> completes(e.getKey(), words))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .distinct()
        .limit(limit)
        .toList();
  }

  /** Whether every typed word starts some word of the text. */
  private static boolean completes(String text, List<String> typed) {
    List<String> own = words(text);
    return typed.stream().allMatch(t -> own.stream().anyMatch(w -> w.startsWith(t)));
  }

  private static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return Arrays.stream(folded.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty())
        .limit(8)
        .toList();
  }
}
