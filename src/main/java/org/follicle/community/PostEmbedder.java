package org.follicle.community;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import org.follicle.search.TextEmbeddings;
import org.follicle.web.MarkdownText;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Embeds a post's title and text once it is written, after its transaction commits; the event
 * registry runs it again when it fails. An unchanged text is not embedded again.
 */
@Component
class PostEmbedder {

  /**
   * The model reads about 512 word pieces (some 2,000 characters of English); a longer text only
   * costs time, so the embedding is of the post's beginning.
   */
  static final int MAX_TEXT = 2_000;

  private final CommunityStore posts;
  private final PostEmbeddingStore store;
  private final TextEmbeddings embeddings;
  private final Clock clock;

  PostEmbedder(
      CommunityStore posts, PostEmbeddingStore store, TextEmbeddings embeddings, Clock clock) {
    this.posts = posts;
    this.store = store;
    this.embeddings = embeddings;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(PostWritten written) {
    if (!embeddings.enabled()) {
      return;
    }
    posts
        .post(written.postId())
        .ifPresent(
            post -> {
              String text = text(post);
              String hash = digest(text);
              if (store.sourceHash(post.id(), embeddings.model()).filter(hash::equals).isEmpty()) {
                store.save(
                    post.id(), embeddings.model(), hash, embeddings.embed(text), clock.instant());
              }
            });
  }

  static String text(PostRow post) {
    String text = post.title() + "\n" + MarkdownText.toPlainText(post.body());
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
