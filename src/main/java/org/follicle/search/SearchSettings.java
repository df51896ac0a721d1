package org.follicle.search;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the search index lives ({@code follicle.search.*}): Lucene files under the data directory,
 * or an OpenSearch cluster, optionally shared by several application nodes through the database.
 */
@ConfigurationProperties("follicle.search")
record SearchSettings(
    @DefaultValue("lucene") Backend backend,
    @DefaultValue OpenSearch opensearch,
    @DefaultValue("none") Coordination coordination) {

  /** The engines the index can live in. */
  enum Backend {
    LUCENE,
    OPENSEARCH
  }

  /** How indexing is shared between application nodes. */
  enum Coordination {
    /** Each node indexes what it stores, right after its transaction commits. */
    NONE,
    /** Nodes write indexing events to a database table that every node's agent works through. */
    OUTBOX_POLLING
  }

  /**
   * Whether the index holds the papers' embeddings for nearest-neighbour search: on Lucene it does;
   * OpenSearch needs its k-NN plugin for vector fields, which a plain node (like the test node)
   * lacks, so there search ranks by words only.
   */
  boolean indexesVectors() {
    return backend == Backend.LUCENE;
  }

  /** The OpenSearch cluster, when {@link Backend#OPENSEARCH} is chosen. */
  record OpenSearch(
      @DefaultValue("http://localhost:9200") List<URI> uris, String username, String password) {}
}
