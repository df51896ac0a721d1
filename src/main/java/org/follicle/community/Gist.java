package org.follicle.community;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The one-paragraph gist of a post on a card: its first whole sentences, up to {@link #MAX}
 * characters. A first sentence longer than that is cut at the last space before the limit, never
 * inside a word.
 */
final class Gist {

  static final int MAX = 300;

  private Gist() {}

  static String of(String plainText) {
    String text = plainText.replaceAll("\\s+", " ").strip();
    if (text.length() <= MAX) {
      return text;
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    sentences.setText(text);
    int end = 0;
    for (int next = sentences.next();
        next != BreakIterator.DONE && next <= MAX;
        next = sentences.next()) {
      end = next;
    }
    if (end > 0) {
      return text.substring(0, end).strip();
    }
    int space = text.lastIndexOf(' ', MAX - 1);
    return (space > 0 ? text.substring(0, space) : text.substring(0, MAX - 1)).strip() + "…";
  }
}
