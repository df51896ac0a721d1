package org.follicle.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis} for OpenSearch: the same analyzers under the same names, built from
 * OpenSearch's equivalents of the Lucene filters ({@code stop} defaults to the same English list),
 * scored by OpenSearch's default BM25 with the same k1 1.2 and b 0.75.
 */
public class OpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

  @Override
  public void configure(ElasticsearchAnalysisConfigurationContext context) {
    context
        .analyzer(SearchAnalysis.TEXT)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding", "stop", "porter_stem");
    context
        .analyzer(SearchAnalysis.NAME)
        .custom()
        .tokenizer("standard")
        .tokenFilters("lowercase", "asciifolding");
    context.normalizer(SearchAnalysis.KEY).custom().tokenFilters("lowercase", "asciifolding");
  }
}
