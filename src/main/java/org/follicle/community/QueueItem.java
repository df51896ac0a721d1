package org.follicle.community;

import java.util.List;
import org.follicle.web.MarkdownText;

/**
 * A flagged post or comment waiting in the moderation queue, with its text and open flags.
 *
 * @param postTitle the post's title, or the title of the post a comment is on
 */
record QueueItem(
    ModerationTarget target,
    long id,
    long postId,
    String postTitle,
    String body,
    Long authorId,
    String author,
    int flagCount,
    List<Flag> flags) {

  public String bodyHtml() {
    return MarkdownText.toSafeHtml(body);
  }

  public String kind() {
    return target.code();
  }

  /** The item's place on the site. */
  public String link() {
    return "/community/posts/"
        + postId
        + (target == ModerationTarget.COMMENT ? "#comment-" + id : "");
  }

  /** The path segment of the moderation forms: posts or comments. */
  public String path() {
    return target.code() + "s";
  }
}
