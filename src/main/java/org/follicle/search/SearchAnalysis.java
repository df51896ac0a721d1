package org.follicle.search;

import org.apache.lucene.search.similarities.BM25Similarity;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/** How text is cut into terms for the index and for queries, and how terms are weighed. */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

  /** Titles, abstracts and terms: English words, lower-cased, folded to ASCII, stemmed. */
  static final String TEXT = "text";

  /** Names of people and journals: words lower-cased and folded, never stemmed. */
  static final String NAME = "name";

  /** Exact values compared without case: article and publication types. */
  static final String KEY = "key";

  /**
   * Lucene's BM25 (k1 1.2, b 0.75) and Porter stems: on the MED and CISI development queries they
   * beat k1 0.9 with b 0.4, no stemming, and KStem.
   */
  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.similarity(new BM25Similarity());
    context
        .analyzer(TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("stop")
        .tokenFilter("porterStem");
    context
        .analyzer(NAME)
        .custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    context.normalizer(KEY).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
  }
}
