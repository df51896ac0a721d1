package org.follicle.community;

import java.util.List;
import org.follicle.web.MarkdownText;

/**
 * What an author writes in a post: a title, a Markdown body and the studies it links (paper ids).
 */
record PostText(String title, String body, List<Long> studies) {

  /** The first sentences of the body as plain text, for cards. */
  String gist() {
    return gistOf(body);
  }

  static String gistOf(String markdown) {
    return Gist.of(MarkdownText.toPlainText(markdown));
  }
}
