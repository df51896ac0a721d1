package org.follicle.community;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words one version of a post kept, removed and added against the previous one. Myers'
 * algorithm (java-diff-utils) keeps memory linear, where a table of common runs would hold
 * 40,000-character bodies' words squared.
 */
final class WordChanges {

  private WordChanges() {}

  /** How a run of words changed. */
  enum Change {
    KEPT,
    REMOVED,
    ADDED
  }

  /** A run of words with one kind of change. */
  record Piece(Change change, String text) {}

  /** The pieces that turn {@code before} into {@code after}, word by word. */
  static List<Piece> between(String before, String after) {
    List<String> old = words(before);
    List<Piece> pieces = new ArrayList<>();
    int kept = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(old, words(after)).getDeltas()) {
      Chunk<String> source = delta.getSource();
      add(pieces, Change.KEPT, old.subList(kept, source.getPosition()));
      add(pieces, Change.REMOVED, source.getLines());
      add(pieces, Change.ADDED, delta.getTarget().getLines());
      kept = source.getPosition() + source.size();
    }
    add(pieces, Change.KEPT, old.subList(kept, old.size()));
    return pieces;
  }

  private static void add(List<Piece> pieces, Change change, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join(" ", words);
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).change() == change) {
      pieces.set(last, new Piece(change, pieces.get(last).text() + " " + text));
    } else {
      pieces.add(new Piece(change, text));
    }
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
  }
}
