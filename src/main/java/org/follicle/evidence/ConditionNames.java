package org.follicle.evidence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The names of diseases and conditions (from the public MeSH and Disease Ontology synonym lists,
 * neoplasms left out, written by {@code FactModelTraining}), found in a sentence's word tokens. A
 * name is widened to how abstracts write a condition: with its cause ("anthracycline-induced
 * cardiomyopathy"), its course ("chronic postoperative pain") and its abbreviation ("(CIA)").
 * British and American spellings match each other ("lymphoedema", "lymphedema").
 */
final class ConditionNames {

  static final String RESOURCE = "/evidence/condition-names.txt.gz";

  /** Words that qualify a condition's course or timing, kept in front of its name. */
  private static final Set<String> COURSE =
      Set.of(
          "acute",
          "chronic",
          "persistent",
          "postoperative",
          "severe",
          "early",
          "late",
          "recurrent",
          "secondary",
          "mild",
          "moderate");

  /** Second halves of hyphenated causes: "X-induced", "X-related", "X-associated". */
  private static final Set<String> CAUSE = Set.of("induced", "related", "associated");

  private static final int LONGEST_ABBREVIATION = 6;

  private final Set<String> names;
  private final int longest;

  ConditionNames(Set<String> names) {
    this.names = names;
    this.longest = names.stream().mapToInt(n -> n.split(" ").length).max().orElse(0);
  }

  static ConditionNames load() {
    try (InputStream in = ConditionNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("condition names missing: " + RESOURCE);
      }
      BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
      Set<String> names = new HashSet<>();
      reader.lines().filter(l -> !l.isBlank()).forEach(names::add);
      return new ConditionNames(names);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A name as the lexicon keeps it: its word tokens, lower case, in one spelling, space-joined. */
  static String key(List<String> words) {
    List<String> keyed = new ArrayList<>(words.size());
    for (String word : words) {
      keyed.add(spelling(word));
    }
    return String.join(" ", keyed);
  }

  private static String spelling(String word) {
    return word.toLowerCase(Locale.ROOT).replace("oe", "e").replace("ae", "e");
  }

  /** Where conditions are named in these words: token ranges, from inclusive, to exclusive. */
  List<int[]> find(String[] words) {
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      int to = longestNameFrom(words, i);
      if (to < 0) {
        i++;
        continue;
      }
      found.add(new int[] {withCause(words, i), withAbbreviation(words, to)});
      i = to;
    }
    return found;
  }

  private int longestNameFrom(String[] words, int from) {
    for (int to = Math.min(words.length, from + longest); to > from; to--) {
      if (names.contains(key(Arrays.asList(words).subList(from, to)))) {
        return to;
      }
    }
    return -1;
  }

  /** The start moved back over "X-induced", "post-operative" and course words. */
  private static int withCause(String[] words, int start) {
    int from = start;
    while (true) {
      if (from >= 3 && words[from - 2].equals("-") && isCause(words[from - 1])) {
        from -= 3;
      } else if (from >= 3
          && words[from - 2].equals("-")
          && spelling(words[from - 3]).equals("post")
          && spelling(words[from - 1]).equals("operative")) {
        from -= 3;
      } else if (from >= 1 && COURSE.contains(spelling(words[from - 1]))) {
        from -= 1;
      } else {
        return from;
      }
    }
  }

  private static boolean isCause(String word) {
    return CAUSE.contains(spelling(word));
  }

  /** The end moved over an abbreviation in brackets right after the name: "(CIA)". */
  private static int withAbbreviation(String[] words, int end) {
    if (end + 2 < words.length
        && words[end].equals("(")
        && words[end + 2].equals(")")
        && words[end + 1].chars().allMatch(Character::isLetter)
        && words[end + 1].length() <= LONGEST_ABBREVIATION) {
      return end + 3;
    }
    return end;
  }
}
