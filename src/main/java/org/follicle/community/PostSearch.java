package org.follicle.community;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.follicle.search.OffsetCursor;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search over posts' titles, text and comments (BM25, a title match counting twice), in
 * one channel or all, with the matching passages highlighted and a cursor to the next page.
 */
@Service
class PostSearch {

  static final int MAX_LIMIT = 100;

  /** Deeper than this, a reader refines the search rather than pages on. */
  static final int MAX_OFFSET = 10_000;

  private static final String CURSOR_PREFIX = "posts:";

  /** A title's words say most what a post is about. */
  private static final float TITLE_BOOST = 2f;

  /** A comment's words count half: the post is about what its author wrote. */
  private static final float COMMENT_BOOST = 0.5f;

  private final EntityManager entities;
  private final Community community;
  private final PostListing listing;

  PostSearch(EntityManager entities, Community community, PostListing listing) {
    this.entities = entities;
    this.community = community;
    this.listing = listing;
  }

  /** A post found, with its title and best passage as HTML (escaped text and mark elements). */
  record PostHit(PostRow post, String titleHtml, String snippetHtml) {}

  /** One page of results: the query as searched, the channel (null: all), notes, next cursor. */
  record PostResults(
      String query,
      ChannelRow channel,
      long total,
      List<PostHit> hits,
      List<String> notes,
      String next) {}

  private record Row(Long id, List<String> title, List<String> text) {}

  @Transactional(readOnly = true)
  PostResults search(String raw, String channelSlug, String cursor, int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw CommunityProblem.field(
          "limit", "limit must be between 1 and %d, not %d".formatted(MAX_LIMIT, limit));
    }
    PostQuery query = PostQuery.parse(raw);
    ChannelRow channel =
        channelSlug == null || channelSlug.isBlank()
            ? null
            : community.channel(channelSlug.strip());
    int offset = decode(cursor);
    SearchResult<Row> result =
        Search.session(entities)
            .search(IndexedPost.class)
            .select(
                f ->
                    f.composite()
                        .from(
                            f.id(Long.class),
                            f.highlight(IndexedPost.TITLE),
                            f.highlight(IndexedPost.TEXT))
                        .as(Row::new))
            .where(
                f ->
                    f.bool(
                        b -> {
                          b.must(
                              f.simpleQueryString()
                                  .field(IndexedPost.TITLE)
                                  .boost(TITLE_BOOST)
                                  .field(IndexedPost.TEXT)
                                  .field(IndexedPost.COMMENTS)
                                  .boost(COMMENT_BOOST)
                                  .matching(query.text())
                                  .defaultOperator(BooleanOperator.OR)
                                  .flags(
                                      SimpleQueryFlag.PHRASE,
                                      SimpleQueryFlag.NOT,
                                      SimpleQueryFlag.WHITESPACE));
                          if (channel != null) {
                            b.filter(f.match().field(IndexedPost.CHANNEL).matching(channel.id()));
                          }
                        }))
            .highlighter(
                h ->
                    h.unified()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1))
            .fetch(offset, limit);
    long total = Math.min(result.total().hitCount(), MAX_OFFSET);
    String next =
        offset + result.hits().size() < total ? encode(offset + result.hits().size()) : null;
    return new PostResults(query.text(), channel, total, hits(result.hits()), query.notes(), next);
  }

  private List<PostHit> hits(List<Row> rows) {
    Map<Long, Row> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.id(), row));
    return listing.posts(rows.stream().map(Row::id).toList()).stream()
        .map(
            post -> {
              Row row = byId.get(post.id());
              return new PostHit(post, first(row.title()), first(row.text()));
            })
        .toList();
  }

  private static String first(List<String> fragments) {
    return fragments == null || fragments.isEmpty() ? null : fragments.get(0);
  }

  static String encode(int offset) {
    return OffsetCursor.encode(CURSOR_PREFIX, offset);
  }

  static int decode(String cursor) {
    return OffsetCursor.decode(CURSOR_PREFIX, cursor, MAX_OFFSET)
        .orElseThrow(
            () ->
                CommunityProblem.field(
                    "cursor",
                    "cursor '%s' is not one this search issued; use the 'next' value of a previous page"
                        .formatted(cursor)));
  }
}
