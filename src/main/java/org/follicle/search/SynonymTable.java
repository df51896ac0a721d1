package org.follicle.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Synonym groups in memory, looked up by the phrases of a query. */
final class SynonymTable {

  /** The longest term, in words, that a query phrase is matched against. */
  static final int MAX_WORDS = 5;

  /** Terms added for one phrase, and for a whole query. */
  static final int PER_PHRASE = 8;

  static final int PER_QUERY = 24;

  private final Map<String, List<String>> groupsByKey = new HashMap<>();
  private final Map<String, List<String>> termsByGroup;

  SynonymTable(Map<String, List<String>> termsByGroup) {
    this.termsByGroup = termsByGroup;
    termsByGroup.forEach(
        (group, terms) ->
            terms.forEach(
                term ->
                    groupsByKey
                        .computeIfAbsent(SynonymKey.of(term), k -> new ArrayList<>())
                        .add(group)));
  }

  /**
   * The other terms of every group a phrase of the text belongs to, longest phrases first; a phrase
   * inside a longer matched one is not looked up again.
   */
  List<String> expansions(String text) {
    List<String> words = Arrays.asList(SynonymKey.of(text).split(" "));
    Set<String> found = new LinkedHashSet<>();
    boolean[] covered = new boolean[words.size()];
    for (int length = Math.min(MAX_WORDS, words.size()); length >= 1; length--) {
      for (int start = 0; start + length <= words.size(); start++) {
        if (isCovered(covered, start, length)) {
          continue;
        }
        String phrase = String.join(" ", words.subList(start, start + length));
        List<String> groups = groupsByKey.get(phrase);
        if (groups == null) {
          continue;
        }
        Arrays.fill(covered, start, start + length, true);
        groups.stream()
            .flatMap(g -> termsByGroup.get(g).stream())
            .filter(term -> !SynonymKey.of(term).equals(phrase))
            .limit(PER_PHRASE)
            .forEach(found::add);
      }
    }
    return found.stream().limit(PER_QUERY).toList();
  }

  private static boolean isCovered(boolean[] covered, int start, int length) {
    for (int i = start; i < start + length; i++) {
      if (covered[i]) {
        return true;
      }
    }
    return false;
  }
}
