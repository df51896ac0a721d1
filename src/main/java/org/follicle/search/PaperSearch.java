package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperBlurbs;
import org.follicle.catalog.PaperCitationCounts;
import org.follicle.catalog.PaperSummary;
import org.follicle.catalog.PartialDate;
import org.follicle.evidence.TreatmentNames;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.engine.search.sort.dsl.SortThenStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs a reader's query against the index: ranked hits, highlights, facets, a cursor. */
@Service
@Transactional(readOnly = true)
class PaperSearch {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;

  /** Deeper than this, a reader refines the query rather than pages on. */
  static final int MAX_OFFSET = 10_000;

  private static final String CURSOR_PREFIX = "offset:";

  /** The highlighter of the abstract's passage shown under each result. */
  private static final String SNIPPET = "snippet";

  /** About how long a result's abstract passage is. */
  private static final int SNIPPET_CHARACTERS = 200;

  /**
   * Text fields and how much a match in each counts. A title counts as much as the abstract:
   * boosting it three times lost a twentieth of nDCG@10 on MED and CISI.
   */
  static final Map<String, Float> TEXT_FIELDS =
      orderedMap(
          "title", 1.0f,
          "keyword.name", 2.0f,
          "mesh.name", 2.0f,
          "abstract.text", 1.0f);

  /** Name fields: they are analysed as names, so they are searched in a clause of their own. */
  static final Map<String, Float> NAME_FIELDS =
      orderedMap(
          "author.person.name", 1.5f,
          "author.person.collective", 1.0f,
          "journal.name", 0.5f);

  private static final Map<String, Float> AUTHOR_FIELDS =
      orderedMap(
          "author.person.name",
          1.0f,
          "author.person.given",
          1.0f,
          "author.person.collective",
          1.0f);

  private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("year");

  /** A facet counting the values of a keyword field, each shown under its label. */
  private record TermFacet(
      String name,
      String field,
      UnaryOperator<String> label,
      AggregationKey<Map<String, Long>> key) {
    TermFacet(String name, String field) {
      this(name, field, UnaryOperator.identity());
    }

    TermFacet(String name, String field, UnaryOperator<String> label) {
      this(name, field, label, AggregationKey.of(name));
    }
  }

  private static final List<TermFacet> TERM_FACETS =
      List.of(
          new TermFacet("type", "type"),
          new TermFacet("journal", "journal.facet"),
          new TermFacet("mesh", "mesh.label"),
          new TermFacet("treatment", "treatment", TreatmentNames::of));

  private final EntityManager entities;
  private final Catalog catalog;
  private final SpellingSuggestion spelling;
  private final Synonyms synonyms;
  private final SentenceModel model;
  private final PaperEmbeddings embeddings;
  private final ObjectProvider<PaperBlurbs> blurbs;
  private final ObjectProvider<PaperCitationCounts> citationCounts;

  /** How much a synonym's match counts against a match of the words typed. */
  static final float SYNONYM_WEIGHT = 0.5f;

  /** How many of the best by meaning, and of the best by words, are fused. */
  static final int FUSION_DEPTH = 100;

  /**
   * The cosine similarity below which a paper is not near the query in meaning, so that a query
   * unlike every paper finds nothing rather than the least unlike. This model's similarities are
   * compressed: on MED about three quarters of the judged-relevant query and document pairs score
   * above it and 96% of the others below it; nonsense words reach about 0.6.
   */
  static final float MIN_SIMILARITY = 0.65f;

  /**
   * "Did you mean" is worked out only for queries with fewer results than this: a query that finds
   * many papers is spelled as the papers are, and looking up every word costs each query time.
   */
  static final int SUGGEST_BELOW = 20;

  PaperSearch(
      EntityManager entities,
      Catalog catalog,
      SpellingSuggestion spelling,
      Synonyms synonyms,
      SentenceModel model,
      PaperEmbeddings embeddings,
      ObjectProvider<PaperBlurbs> blurbs,
      ObjectProvider<PaperCitationCounts> citationCounts) {
    this.blurbs = blurbs;
    this.citationCounts = citationCounts;
    this.synonyms = synonyms;
    this.model = model;
    this.embeddings = embeddings;
    this.entities = entities;
    this.catalog = catalog;
    this.spelling = spelling;
  }

  /** The ranking by relevance when a reader names none: both fused, when papers are embedded. */
  SearchMode defaultMode() {
    return embeddings.rankByDefault() ? SearchMode.HYBRID : SearchMode.BM25;
  }

  /** The rankings this installation offers: all of them, unless papers are not embedded. */
  List<SearchMode> modes() {
    return embeddings.searchable()
        ? List.of(SearchMode.HYBRID, SearchMode.BM25, SearchMode.DENSE)
        : List.of(SearchMode.BM25);
  }

  /** One page of results; throws IllegalArgumentException for a cursor or limit out of range. */
  SearchPage search(String raw, SearchSort sort, SearchMode mode, String cursor, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "limit must be between 1 and %d, not %d".formatted(MAX_LIMIT, limit));
    }
    requireAvailable(mode);
    SearchQuery query = SearchQuery.parse(raw);
    int offset = decode(cursor);
    SearchSort effective = query.hasTerms() || sort == SearchSort.CITED ? sort : SearchSort.NEWEST;
    List<String> expansions = expansions(query, true);
    Window window =
        effective == SearchSort.RELEVANCE && mode != SearchMode.BM25
            ? byMeaning(query, expansions, mode, offset, limit)
            : byWords(query, expansions, effective, offset, limit);
    String next =
        offset + window.rows().size() < Math.min(window.total(), MAX_OFFSET)
            ? encode(offset + window.rows().size())
            : null;
    return new SearchPage(
        raw == null ? "" : raw.strip(),
        effective,
        mode,
        window.total(),
        hits(window.rows()),
        facets(window.facets()),
        query.notes(),
        window.total() < SUGGEST_BELOW
            ? spelling.suggest(raw == null ? "" : raw.strip(), query).orElse(null)
            : null,
        next);
  }

  /**
   * The rows of one page, how many results there are in all, and the facets of the words' matches.
   */
  private record Window(List<Row> rows, long total, SearchResult<?> facets) {}

  private Window byWords(
      SearchQuery query, List<String> expansions, SearchSort sort, int offset, int limit) {
    SearchResult<Row> result =
        fetchWithFacets(
            highlighted(Search.session(entities), f -> predicate(f, query, expansions))
                .sort(f -> order(f, sort)),
            offset,
            limit);
    return new Window(result.hits(), result.total().hitCount(), result);
  }

  /**
   * The best {@link #FUSION_DEPTH} by meaning (fused with the best by words in hybrid mode) come
   * first; after them, the other papers matching the words, by BM25. Facets count the papers
   * matching the words.
   */
  private Window byMeaning(
      SearchQuery query, List<String> expansions, SearchMode mode, int offset, int limit) {
    SearchSession session = Search.session(entities);
    SearchResult<Long> words =
        fetchWithFacets(
            session
                .search(IndexedPaper.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, query, expansions)),
            0,
            mode == SearchMode.HYBRID ? FUSION_DEPTH : 0);
    List<Long> near = nearest(query, FUSION_DEPTH);
    List<Long> ranked =
        mode == SearchMode.HYBRID ? ReciprocalRankFusion.fuse(List.of(words.hits(), near)) : near;
    boolean inRanked = offset < ranked.size();
    SearchResult<Row> rest =
        highlighted(
                session,
                f ->
                    ranked.isEmpty()
                        ? predicate(f, query, expansions)
                        : f.bool()
                            .must(predicate(f, query, expansions))
                            .mustNot(f.id().matchingAny(ranked)))
            .fetch(inRanked ? 0 : offset - ranked.size(), inRanked ? 0 : limit);
    long total = ranked.size() + rest.total().hitCount();
    if (!inRanked) {
      return new Window(rest.hits(), total, words);
    }
    List<Long> page = ranked.subList(offset, Math.min(offset + limit, ranked.size()));
    return new Window(highlights(session, page, query, expansions), total, words);
  }

  /** The rows of these papers in this order, with what of the query's words they contain. */
  private List<Row> highlights(
      SearchSession session, List<Long> ids, SearchQuery query, List<String> expansions) {
    Map<Long, Row> rows = new HashMap<>();
    highlighted(
            session,
            f ->
                f.bool()
                    .should(ranking(f, query.rankingText(), expansions))
                    .filter(f.id().matchingAny(ids)))
        .fetchHits(ids.size())
        .forEach(row -> rows.put(row.id(), row));
    return ids.stream().map(id -> rows.getOrDefault(id, new Row(id, null, null, null))).toList();
  }

  /** The papers nearest the query in meaning, among those its filters and exclusions allow. */
  private List<Long> nearest(SearchQuery query, int k) {
    float[] vector = model.query(query.rankingText());
    return Search.session(entities)
        .search(IndexedPaper.class)
        .select(f -> f.id(Long.class))
        .where(
            f ->
                f.knn(k)
                    .field(EmbeddingMapping.FIELD)
                    .matching(vector)
                    .filter(restriction(f, query))
                    .requiredMinimumSimilarity(MIN_SIMILARITY))
        .fetchHits(k);
  }

  private void requireAvailable(SearchMode mode) {
    if (mode != SearchMode.BM25 && !embeddings.searchable()) {
      throw new IllegalArgumentException(
          ("mode %s needs the papers' embeddings in the search index, which this installation"
                  + " does not keep; use bm25")
              .formatted(mode.id()));
    }
  }

  /**
   * A query for rows: what a result list shows of each paper, read from the index rather than the
   * catalogue's tables, with the highlighted title and abstract snippet.
   */
  @SuppressWarnings("unchecked")
  private static SearchQueryOptionsStep<?, ?, Row, ?, ?, ?> highlighted(
      SearchSession session, Function<SearchPredicateFactory, PredicateFinalStep> where) {
    return session
        .search(IndexedPaper.class)
        .select(
            f ->
                f.composite()
                    .from(
                        f.id(Long.class),
                        f.composite()
                            .from(
                                f.field("title", String.class),
                                f.field("articleType", String.class),
                                f.field("year", Integer.class),
                                f.field("month", Integer.class),
                                f.field("day", Integer.class),
                                f.field("journal.id", Long.class),
                                f.field("journal.facet", String.class),
                                f.field("author.person.display", String.class).list(),
                                f.field("doi", String.class))
                            .asArray(PaperSearch::listed),
                        f.highlight("title"),
                        f.highlight("abstract.text").highlighter(SNIPPET))
                    .asArray(
                        row ->
                            new Row(
                                (Long) row[0],
                                (Listed) row[1],
                                (List<String>) row[2],
                                (List<String>) row[3])))
        .where(where::apply)
        // The fast vector highlighter reads the matches' offsets from the term vectors: the
        // unified one built a searcher over each shown field and ran the whole query on it again.
        // The default highlighter, for the title: all of it. OpenSearch takes an encoder for all
        // fields, not per field, so the snippet's highlighter inherits this one's.
        .highlighter(
            h ->
                h.fastVector()
                    .tag("<mark>", "</mark>")
                    .encoder(HighlighterEncoder.HTML)
                    .numberOfFragments(0))
        .highlighter(
            SNIPPET,
            h ->
                h.fastVector()
                    .tag("<mark>", "</mark>")
                    .numberOfFragments(1)
                    .fragmentSize(SNIPPET_CHARACTERS));
  }

  /** Fetches a page of a query that counts its matches by year, type, journal and MeSH term too. */
  private static <H> SearchResult<H> fetchWithFacets(
      SearchQueryOptionsStep<?, ?, H, ?, ?, ?> step, int offset, int limit) {
    return fetchCounting(
        step.aggregation(YEARS, f -> f.terms().field("year", Integer.class).maxTermCount(50)),
        TERM_FACETS,
        offset,
        limit);
  }

  private static <H> SearchResult<H> fetchCounting(
      SearchQueryOptionsStep<?, ?, H, ?, ?, ?> step,
      List<TermFacet> facets,
      int offset,
      int limit) {
    if (facets.isEmpty()) {
      return step.fetch(offset, limit);
    }
    TermFacet facet = facets.get(0);
    return fetchCounting(
        step.aggregation(
            facet.key(), f -> f.terms().field(facet.field(), String.class).maxTermCount(10)),
        facets.subList(1, facets.size()),
        offset,
        limit);
  }

  /** The newest papers matching a query, or those of a topic when a slug is given: for feeds. */
  List<PaperSummary> newest(String raw, String topicSlug, int limit) {
    SearchQuery query = SearchQuery.parse(raw);
    List<Long> ids =
        Search.session(entities)
            .search(IndexedPaper.class)
            .select(f -> f.id(Long.class))
            .where(
                f ->
                    topicSlug == null
                        ? predicate(f, query, expansions(query, true))
                        : f.or(
                            f.match().field("keyword.slug").matching(topicSlug),
                            f.match().field("mesh.slug").matching(topicSlug)))
            .sort(f -> newestFirst(f))
            .fetchHits(limit);
    return catalog.summaries(ids);
  }

  /** The ids of the best matches, best first: what the relevance evaluation ranks. */
  List<Long> rankedIds(String raw, int limit, boolean withSynonyms, SearchMode mode) {
    requireAvailable(mode);
    SearchQuery query = SearchQuery.parse(raw);
    return switch (mode) {
      case BM25 -> byWords(query, withSynonyms, limit);
      case DENSE -> nearest(query, limit);
      case HYBRID ->
          ReciprocalRankFusion.fuse(
                  List.of(
                      byWords(query, withSynonyms, Math.max(limit, FUSION_DEPTH)),
                      nearest(query, Math.max(limit, FUSION_DEPTH))))
              .stream()
              .limit(limit)
              .toList();
    };
  }

  private List<Long> byWords(SearchQuery query, boolean withSynonyms, int limit) {
    return Search.session(entities)
        .search(IndexedPaper.class)
        .select(f -> f.id(Long.class))
        .where(f -> predicate(f, query, expansions(query, withSynonyms)))
        .fetchHits(limit);
  }

  /** A result row; {@code paper} is null for a paper the index no longer holds. */
  private record Row(Long id, Listed paper, List<String> title, List<String> snippet) {}

  /** What a result list shows of a paper, as the index holds it. */
  private record Listed(
      String title,
      String articleType,
      PartialDate date,
      Long journalId,
      String journalName,
      List<String> authorNames,
      Doi doi) {}

  private static Listed listed(Object[] fields) {
    @SuppressWarnings("unchecked")
    List<String> authors = (List<String>) fields[7];
    return new Listed(
        (String) fields[0],
        (String) fields[1],
        new PartialDate((Integer) fields[2], (Integer) fields[3], (Integer) fields[4]),
        (Long) fields[5],
        (String) fields[6],
        authors.stream().filter(Objects::nonNull).toList(),
        fields[8] == null ? null : new Doi((String) fields[8]));
  }

  /** The rows as hits, with the TLDRs and citation counts their modules keep, one query each. */
  private List<SearchPage.Hit> hits(List<Row> rows) {
    List<Row> found = rows.stream().filter(row -> row.paper() != null).toList();
    List<Long> ids = found.stream().map(Row::id).toList();
    PaperBlurbs blurbs = this.blurbs.getIfAvailable();
    PaperCitationCounts counts = citationCounts.getIfAvailable();
    Map<Long, String> tldrs = ids.isEmpty() || blurbs == null ? Map.of() : blurbs.of(ids);
    Map<Long, Integer> cited = ids.isEmpty() || counts == null ? Map.of() : counts.citedBy(ids);
    List<SearchPage.Hit> hits = new ArrayList<>();
    for (Row row : found) {
      Listed p = row.paper();
      PaperSummary paper =
          new PaperSummary(
              row.id(),
              p.title(),
              p.articleType(),
              p.date(),
              p.journalId(),
              p.journalName(),
              p.authorNames(),
              p.doi(),
              tldrs.get(row.id()),
              cited.getOrDefault(row.id(), 0));
      hits.add(new SearchPage.Hit(paper, first(row.title()), first(row.snippet())));
    }
    return hits;
  }

  private static String first(List<String> fragments) {
    return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
  }

  private static List<SearchPage.Facet> facets(SearchResult<?> result) {
    List<SearchPage.Facet> facets = new ArrayList<>();
    facets.add(
        new SearchPage.Facet(
            "year",
            result.aggregation(YEARS).entrySet().stream()
                .sorted(Map.Entry.<Integer, Long>comparingByKey(Comparator.reverseOrder()))
                .map(
                    e ->
                        new SearchPage.FacetValue(
                            e.getKey().toString(), e.getValue(), "year:" + e.getKey()))
                .toList()));
    for (TermFacet facet : TERM_FACETS) {
      facets.add(
          new SearchPage.Facet(
              facet.name(),
              result.aggregation(facet.key()).entrySet().stream()
                  .map(
                      e ->
                          new SearchPage.FacetValue(
                              facet.label().apply(e.getKey()),
                              e.getValue(),
                              facet.name() + ":\"" + e.getKey() + "\""))
                  .toList()));
    }
    return facets.stream().filter(f -> !f.values().isEmpty()).toList();
  }

  private static SortFinalStep order(SearchSortFactory f, SearchSort sort) {
    return switch (sort) {
      case NEWEST -> newestFirst(f);
      case CITED -> mostCitedFirst(f);
      case RELEVANCE -> f.score();
    };
  }

  /** Most cited first; ties by relevance, then the newer year first. */
  private static SortFinalStep mostCitedFirst(SearchSortFactory f) {
    return f.field(IndexedPaper.CITED_BY)
        .desc()
        .then()
        .score()
        .then()
        .field("year")
        .desc()
        .missing()
        .last();
  }

  /** Newest first: year, then month, then day, undated papers last; ties by relevance. */
  private static SortFinalStep newestFirst(SearchSortFactory f) {
    return byDateNewestFirst(f).then().score();
  }

  /** Year, then month, then day, newest first and undated papers last. */
  static SortThenStep<?> byDateNewestFirst(SearchSortFactory f) {
    return f.field("year")
        .desc()
        .missing()
        .last()
        .then()
        .field("month")
        .desc()
        .missing()
        .last()
        .then()
        .field("day")
        .desc()
        .missing()
        .last();
  }

  private List<String> expansions(SearchQuery query, boolean withSynonyms) {
    return withSynonyms && query.hasTerms() ? synonyms.expansions(query.rankingText()) : List.of();
  }

  private static PredicateFinalStep predicate(
      SearchPredicateFactory f, SearchQuery query, List<String> expansions) {
    return f.bool(
        b -> {
          b.must(query.hasTerms() ? ranking(f, query.rankingText(), expansions) : f.matchAll());
          restrict(f, b, query);
        });
  }

  /** The papers the query's filters and exclusions allow, whatever its words. */
  private static PredicateFinalStep restriction(SearchPredicateFactory f, SearchQuery query) {
    return f.bool(
        b -> {
          b.must(f.matchAll());
          restrict(f, b, query);
        });
  }

  private static void restrict(
      SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> b, SearchQuery query) {
    query.exclusions().forEach(text -> b.mustNot(anywhere(f, text)));
    for (SearchQuery.Filter filter : query.filters()) {
      if (filter.excluded()) {
        b.mustNot(filter(f, filter));
      } else {
        b.filter(filter(f, filter));
      }
    }
    if (query.yearFrom() != null || query.yearTo() != null) {
      b.filter(f.range().field("year").between(query.yearFrom(), query.yearTo()));
    }
  }

  /**
   * BM25 over the text fields with their boosts and over names, whichever matches; each synonym of
   * a phrase of the query counts too, as a phrase, at {@link #SYNONYM_WEIGHT}.
   */
  private static PredicateFinalStep ranking(
      SearchPredicateFactory f, String text, List<String> expansions) {
    return f.bool(
        b -> {
          b.should(textQuery(f, text, TEXT_FIELDS, BooleanOperator.OR));
          b.should(textQuery(f, text, NAME_FIELDS, BooleanOperator.OR));
          for (String synonym : expansions) {
            b.should(
                f.phrase()
                    .fields(TEXT_FIELDS.keySet().toArray(String[]::new))
                    .matching(synonym)
                    .boost(SYNONYM_WEIGHT));
          }
        });
  }

  private static PredicateFinalStep anywhere(SearchPredicateFactory f, String text) {
    return f.or(
        textQuery(f, text, TEXT_FIELDS, BooleanOperator.AND),
        textQuery(f, text, NAME_FIELDS, BooleanOperator.AND));
  }

  /** Simple query syntax with only phrases enabled: every other operator character is text. */
  private static PredicateFinalStep textQuery(
      SearchPredicateFactory f, String text, Map<String, Float> fields, BooleanOperator operator) {
    var names = new ArrayList<>(fields.keySet());
    var step = f.simpleQueryString().field(names.get(0)).boost(fields.get(names.get(0)));
    for (String name : names.subList(1, names.size())) {
      step = step.field(name).boost(fields.get(name));
    }
    return step.matching(text)
        .defaultOperator(operator)
        .flags(SimpleQueryFlag.PHRASE, SimpleQueryFlag.WHITESPACE);
  }

  private static PredicateFinalStep filter(SearchPredicateFactory f, SearchQuery.Filter filter) {
    String value = filter.value();
    return switch (filter.field()) {
      case AUTHOR -> textQuery(f, value, AUTHOR_FIELDS, BooleanOperator.AND);
      case JOURNAL -> f.phrase().field("journal.name").matching(value);
      case TYPE -> f.match().field("typeKey").matching(value);
      case MESH -> f.phrase().field("mesh.name").matching(value);
      case TREATMENT -> f.match().field("treatment").matching(TreatmentNames.slugOf(value));
      case TOPIC ->
          f.or(
              f.phrase().field("keyword.name").matching(value),
              f.phrase().field("mesh.name").matching(value));
    };
  }

  static String encode(int offset) {
    return OffsetCursor.encode(CURSOR_PREFIX, offset);
  }

  static int decode(String cursor) {
    return OffsetCursor.decode(CURSOR_PREFIX, cursor, MAX_OFFSET)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "cursor '%s' is not one this search issued; use the 'next' value of a previous page"
                        .formatted(cursor)));
  }

  private static Map<String, Float> orderedMap(Object... pairs) {
    Map<String, Float> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (Float) pairs[i + 1]);
    }
    return map;
  }
}
