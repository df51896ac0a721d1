package org.follicle.search;

/**
 * The analyzers other modules may name in their own indexed entities; both backends define them
 * ({@link SearchAnalysis} for Lucene, {@link OpenSearchAnalysis} for OpenSearch).
 */
public final class AnalyzerNames {

  /** English text: words lower-cased, folded to ASCII, stop words out, Porter stems. */
  public static final String ENGLISH = SearchAnalysis.TEXT;

  private AnalyzerNames() {}
}
