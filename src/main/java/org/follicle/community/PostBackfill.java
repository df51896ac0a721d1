package org.follicle.community;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.follicle.search.TextEmbeddings;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Posts written before posts were searched, embedded and given a stored gist (or whose index was
 * deleted) are indexed, embedded and given their gist in the background when the web app starts, so
 * search and related posts never silently miss them.
 */
@Component
@ConditionalOnWebApplication
class PostBackfill {

  private static final Logger log = LoggerFactory.getLogger(PostBackfill.class);
  private static final int BATCH = 200;

  private final EntityManagerFactory entities;
  private final JdbcClient jdbc;
  private final PostSearchIndexer indexer;
  private final PostEmbedder embedder;
  private final TextEmbeddings embeddings;
  private final TransactionTemplate transactions;

  PostBackfill(
      EntityManagerFactory entities,
      JdbcClient jdbc,
      PostSearchIndexer indexer,
      PostEmbedder embedder,
      TextEmbeddings embeddings,
      PlatformTransactionManager transactions) {
    this.entities = entities;
    this.jdbc = jdbc;
    this.indexer = indexer;
    this.embedder = embedder;
    this.embeddings = embeddings;
    this.transactions = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    Thread backfill = new Thread(this::run, "community-post-backfill");
    // Shutdown does not wait for it: what it did not reach, the next start does.
    backfill.setDaemon(true);
    backfill.start();
  }

  void run() {
    long gists = each("select id from community_post where gist is null and id > ?", this::gist);
    if (gists > 0) {
      log.info("Wrote the gist of {} community posts", gists);
    }
    if (indexedPosts() == 0) {
      long indexed = each("select id from community_post where id > ?", this::index);
      if (indexed > 0) {
        log.info("Indexed {} community posts for search", indexed);
      }
    }
    if (embeddings.enabled()) {
      long embedded =
          each(
              "select p.id from community_post p where p.id > ? and not exists (select 1 from"
                  + " community_post_embedding e where e.post_id = p.id and e.model = '"
                  + embeddings.model().replace("'", "''")
                  + "')",
              id -> embedder.on(new PostWritten(id, 0, List.of(), false)));
      if (embedded > 0) {
        log.info("Embedded {} community posts", embedded);
      }
    }
  }

  private void gist(long postId) {
    jdbc.sql("select body from community_post where id = ?")
        .param(postId)
        .query(String.class)
        .optional()
        .ifPresent(
            body ->
                // An edit meanwhile wrote its own gist, which stays.
                jdbc.sql("update community_post set gist = ? where id = ? and gist is null")
                    .params(PostText.gistOf(body), postId)
                    .update());
  }

  private void index(long postId) {
    transactions.executeWithoutResult(status -> indexer.index(postId));
  }

  private long indexedPosts() {
    try (var session = entities.createEntityManager()) {
      return Search.session(session)
          .search(IndexedPost.class)
          .where(f -> f.matchAll())
          .fetchTotalHitCount();
    }
  }

  /** Runs the work on each id the query (taking the last id done) gives, a batch at a time. */
  private long each(String query, java.util.function.LongConsumer work) {
    long after = 0;
    long done = 0;
    while (true) {
      List<Long> ids =
          jdbc.sql(query + " order by id fetch first " + BATCH + " rows only")
              .param(after)
              .query(Long.class)
              .list();
      if (ids.isEmpty()) {
        return done;
      }
      ids.forEach(work::accept);
      done += ids.size();
      after = ids.get(ids.size() - 1);
    }
  }
}
