package org.follicle.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The words one version of a text kept, removed and added against the previous version. */
final class WordDiff {

  private WordDiff() {}

  /** How a run of words changed. */
  enum Change {
    KEPT,
    REMOVED,
    ADDED
  }

  /** A run of words with one kind of change. */
  record Piece(Change change, String text) {}

  /** The pieces that turn {@code before} into {@code after}, word by word (longest common run). */
  static List<Piece> between(String before, String after) {
    String[] a = words(before);
    String[] b = words(after);
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            a[i].equals(b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Piece> pieces = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        add(pieces, Change.KEPT, a[i++]);
        j++;
      } else if (j < b.length && (i == a.length || common[i][j + 1] > common[i + 1][j])) {
        add(pieces, Change.ADDED, b[j++]);
      } else {
        add(pieces, Change.REMOVED, a[i++]);
      }
    }
    return pieces;
  }

  private static void add(List<Piece> pieces, Change change, String word) {
    int last = pieces.size() - 1;
    if (last >= 0 && pieces.get(last).change() == change) {
      pieces.set(last, new Piece(change, pieces.get(last).text() + " " + word));
    } else {
      pieces.add(new Piece(change, word));
    }
  }

  private static String[] words(String text) {
    return Arrays.stream(text.strip().split("\\s+"))
        .filter(w -> !w.isEmpty())
        .toArray(String[]::new);
  }
}
