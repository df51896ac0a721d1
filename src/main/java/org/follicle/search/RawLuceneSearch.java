package org.follicle.search;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;

/**
 * The baseline of the search benchmark: the same queries straight on the Lucene index through an
 * {@link IndexSearcher}, with the same fields, boosts and analysers, the top 20 and the same facet
 * counts, but none of the application around it (no highlights, no listed fields).
 */
final class RawLuceneSearch implements AutoCloseable {

  private static final int TOP = 20;
  private static final List<String> TERM_FACETS = List.of("type", "journal.facet", "mesh.label");

  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final Analyzer text;
  private final Analyzer names;

  RawLuceneSearch(EntityManagerFactory entities) {
    this.reader =
        Search.mapping(entities)
            .scope(IndexedPaper.class)
            .extension(LuceneExtension.get())
            .openIndexReader();
    this.searcher = new IndexSearcher(reader);
    LuceneBackend backend = Search.mapping(entities).backend().unwrap(LuceneBackend.class);
    this.text = backend.analyzer(SearchAnalysis.TEXT).orElseThrow();
    this.names = backend.analyzer(SearchAnalysis.NAME).orElseThrow();
  }

  /** Runs a query; returns a figure from its results, so the work cannot be optimised away. */
  long run(String raw) {
    SearchQuery query = SearchQuery.parse(raw);
    BooleanQuery.Builder root = new BooleanQuery.Builder();
    root.add(ranking(query.rankingText()), BooleanClause.Occur.MUST);
    if (query.yearFrom() != null || query.yearTo() != null) {
      int from = query.yearFrom() == null ? Integer.MIN_VALUE : query.yearFrom();
      int to = query.yearTo() == null ? Integer.MAX_VALUE : query.yearTo();
      root.add(IntPoint.newRangeQuery("year", from, to), BooleanClause.Occur.FILTER);
    }
    TopScoreDocCollector top = TopScoreDocCollector.create(TOP, Integer.MAX_VALUE);
    FacetCounts facets = new FacetCounts();
    try {
      searcher.search(root.build(), MultiCollector.wrap(top, facets));
      facets.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return top.topDocs().totalHits.value + facets.topValues();
  }

  private Query ranking(String rankingText) {
    boolean phrase = rankingText.length() > 2 && rankingText.startsWith("\"");
    String words = rankingText.replace("\"", "");
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    PaperSearch.TEXT_FIELDS.forEach(
        (field, boost) ->
            any.add(field(field, boost, text, words, phrase), BooleanClause.Occur.SHOULD));
    PaperSearch.NAME_FIELDS.forEach(
        (field, boost) ->
            any.add(field(field, boost, names, words, phrase), BooleanClause.Occur.SHOULD));
    return any.build();
  }

  private static Query field(
      String field, float boost, Analyzer analyzer, String words, boolean phrase) {
    List<String> tokens = tokens(analyzer, field, words);
    Query query;
    if (phrase) {
      query = new PhraseQuery(field, tokens.toArray(String[]::new));
    } else {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      tokens.forEach(t -> any.add(new TermQuery(new Term(field, t)), BooleanClause.Occur.SHOULD));
      query = any.build();
    }
    return new BoostQuery(query, boost);
  }

  private static List<String> tokens(Analyzer analyzer, String field, String words) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, words)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** Counts the facet values of every match, as the application's aggregations do. */
  private static final class FacetCounts extends SimpleCollector {
    private final Map<String, Map<String, Long>> counts = new HashMap<>();
    private final Map<Long, Long> years = new HashMap<>();
    private final List<SortedSetDocValues> values = new ArrayList<>();
    private final List<long[]> ordinals = new ArrayList<>();
    private SortedNumericDocValues year;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      flush();
      values.clear();
      ordinals.clear();
      for (String field : TERM_FACETS) {
        SortedSetDocValues docValues = DocValues.getSortedSet(context.reader(), field);
        values.add(docValues);
        ordinals.add(new long[(int) docValues.getValueCount()]);
      }
      year = DocValues.getSortedNumeric(context.reader(), "year");
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int i = 0; i < values.size(); i++) {
        SortedSetDocValues docValues = values.get(i);
        if (docValues.advanceExact(doc)) {
          for (int k = 0; k < docValues.docValueCount(); k++) {
            ordinals.get(i)[(int) docValues.nextOrd()]++;
          }
        }
      }
      if (year.advanceExact(doc)) {
        years.merge(year.nextValue(), 1L, Long::sum);
      }
    }

    /** Turns the counts of the segment just read into counts by value. */
    void flush() throws IOException {
      for (int i = 0; i < values.size(); i++) {
        Map<String, Long> field = counts.computeIfAbsent(TERM_FACETS.get(i), k -> new HashMap<>());
        long[] counted = ordinals.get(i);
        for (int ord = 0; ord < counted.length; ord++) {
          if (counted[ord] > 0) {
            field.merge(values.get(i).lookupOrd(ord).utf8ToString(), counted[ord], Long::sum);
          }
        }
      }
      values.clear();
      ordinals.clear();
    }

    /** The ten most common values of each field, as the application shows; returns their count. */
    int topValues() {
      int shown = 0;
      for (Map<String, Long> field : counts.values()) {
        shown +=
            field.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10)
                .toList()
                .size();
      }
      return shown + years.size();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
