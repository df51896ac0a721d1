package org.follicle.search;

import jakarta.persistence.EntityManagerFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Turns {@code follicle.search.*} into Hibernate Search's settings for the chosen backend. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchBackendConfiguration {

  private static final String PREFIX = "hibernate.search.";

  @Bean
  HibernatePropertiesCustomizer searchBackend(
      SearchSettings settings, @Value("${follicle.data-dir}") Path dataDir) {
    return properties -> {
      switch (settings.backend()) {
        case LUCENE -> lucene(properties, dataDir);
        case OPENSEARCH -> openSearch(properties, settings.opensearch());
      }
      switch (settings.coordination()) {
        case NONE -> {
          if (settings.backend() == SearchSettings.Backend.OPENSEARCH) {
            waitForRefresh(properties);
          }
        }
        // The outbox's agents index in the background, whichever node stored the papers.
        case OUTBOX_POLLING -> properties.put(PREFIX + "coordination.strategy", "outbox-polling");
      }
    };
  }

  @Bean
  SpellingVocabulary spellingVocabulary(SearchSettings settings, EntityManagerFactory entities) {
    return switch (settings.backend()) {
      case LUCENE -> new LuceneSpellingVocabulary(entities);
      case OPENSEARCH -> new OpenSearchSpellingVocabulary(entities);
    };
  }

  private static void lucene(Map<String, Object> properties, Path dataDir) {
    properties.put(PREFIX + "backend.type", "lucene");
    properties.put(
        PREFIX + "backend.analysis.configurer", "class:" + SearchAnalysis.class.getName());
    properties.putIfAbsent(
        PREFIX + "backend.directory.root", dataDir.resolve("index").toAbsolutePath().toString());
    // The index format is pinned: a Lucene upgrade that changes it is then a deliberate reindex.
    properties.put(PREFIX + "backend.lucene_version", "9.12");
    properties.put(PREFIX + "mapping.configurer", "class:" + EmbeddingMapping.class.getName());
  }

  private static void openSearch(
      Map<String, Object> properties, SearchSettings.OpenSearch cluster) {
    properties.put(PREFIX + "backend.type", "elasticsearch");
    properties.put(
        PREFIX + "backend.uris",
        cluster.uris().stream().map(URI::toString).collect(Collectors.joining(",")));
    properties.put(PREFIX + "backend.version", "opensearch:2.19");
    properties.put(
        PREFIX + "backend.analysis.configurer", "class:" + OpenSearchAnalysis.class.getName());
    // max_result_window: a page may start at PaperSearch.MAX_OFFSET and hold MAX_LIMIT hits.
    properties.put(
        PREFIX + "backend.schema_management.settings_file", "search/opensearch-index.json");
    if (cluster.username() != null) {
      properties.put(PREFIX + "backend.username", cluster.username());
      properties.put(PREFIX + "backend.password", cluster.password());
    }
  }

  /**
   * OpenSearch shows writes only at its next refresh (each second), Lucene at once. Indexing runs
   * in the background after each stored batch, so waiting for a refresh there costs a reader
   * nothing and keeps the promise that an import returns once its papers are searchable, which
   * tests and the import command rely on.
   */
  private static void waitForRefresh(Map<String, Object> properties) {
    properties.put(PREFIX + "indexing.plan.synchronization.strategy", "read-sync");
  }
}
