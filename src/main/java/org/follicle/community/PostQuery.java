package org.follicle.community;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed to search posts, made safe to run: words, "phrases" and -exclusions are
 * understood, every other character is searched as text, and what had to be changed is said in
 * {@link #notes()}. Only an empty query is refused.
 */
record PostQuery(String text, List<String> notes) {

  /** Characters read of a query; the rest is left out. */
  static final int MAX_LENGTH = 500;

  static PostQuery parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      throw CommunityProblem.field("q", "the search is empty; type words to look for in posts");
    }
    List<String> notes = new ArrayList<>();
    if (text.length() > MAX_LENGTH) {
      notes.add("Only the first %d characters of the search were used.".formatted(MAX_LENGTH));
      text = text.substring(0, MAX_LENGTH);
    }
    if (text.chars().filter(c -> c == '"').count() % 2 == 1) {
      int last = text.lastIndexOf('"');
      text = text.substring(0, last) + " " + text.substring(last + 1);
      notes.add("A quote mark had no partner, so its words were searched one by one.");
    }
    return new PostQuery(text.strip(), List.copyOf(notes));
  }
}
