package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.List;
import org.follicle.FollicleApplication;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperRecord;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database and one OpenSearch cluster, coordinated by outbox polling:
 * what one node stores reaches the index through the outbox table, whichever node's agent processes
 * it, and is found from the other node.
 */
@Tag("opensearch")
class SharedClusterTests {

  private static final String PMID = "99999981";
  private static final String WORD = "quokkaline";

  @Test
  void aPaperStoredThroughOneNodeIsIndexedThroughTheOutboxAndFoundFromTheOther() throws Exception {
    // Node A writes indexing events but, with its event processor off, never indexes them itself.
    try (ConfigurableApplicationContext a = node(false)) {
      Catalog catalog = a.getBean(Catalog.class);
      catalog.upsert(
          PaperRecord.builder()
              .title("Quokkaline follicles shared between nodes")
              .pmid(PMID)
              .build());
      a.getBean(DerivedWork.class).await(Duration.ofMinutes(5));
      long id = catalog.idByPmid(PMID).orElseThrow();

      assertThat(pendingOutboxEvents(a, id)).isEqualTo(1);
      assertThat(hits(a)).isEmpty();

      try (ConfigurableApplicationContext b = node(true)) {
        assertThat(awaitHits(b, 1)).containsExactly(id);
        assertThat(pendingOutboxEvents(a, id)).isZero();
        assertThat(hits(a)).containsExactly(id);

        catalog.deleteByPmid(PMID);
        a.getBean(DerivedWork.class).await(Duration.ofMinutes(5));

        assertThat(awaitHits(b, 0)).isEmpty();
      }
    }
  }

  private static ConfigurableApplicationContext node(boolean processesEvents) {
    return new SpringApplicationBuilder(FollicleApplication.class)
        .web(WebApplicationType.NONE)
        .run(
            "--follicle.search.coordination=outbox-polling",
            "--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled="
                + processesEvents,
            "--spring.main.banner-mode=off");
  }

  private static long pendingOutboxEvents(ConfigurableApplicationContext node, long id) {
    return node.getBean(JdbcTemplate.class)
        .queryForObject(
            "select count(*) from hsearch_outbox_event where entity_id = ?",
            Long.class,
            Long.toString(id));
  }

  /** The ids of the papers with the word, as the node's index shows them after a refresh. */
  private static List<Long> hits(ConfigurableApplicationContext node) {
    EntityManagerFactory entities = node.getBean(EntityManagerFactory.class);
    Search.mapping(entities).scope(Object.class).workspace().refresh();
    try (var session = entities.createEntityManager()) {
      return Search.session(session)
          .search(IndexedPaper.class)
          .select(f -> f.id(Long.class))
          .where(f -> f.match().field("title").matching(WORD))
          .fetchHits(10);
    }
  }

  /** Waits up to 30 s for the outbox agents to bring the index to this many hits. */
  private static List<Long> awaitHits(ConfigurableApplicationContext node, int expected)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    List<Long> hits = hits(node);
    while (hits.size() != expected && System.nanoTime() < deadline) {
      Thread.sleep(200);
      hits = hits(node);
    }
    return hits;
  }
}
