package org.follicle.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the TLDR model knows of a candidate sentence: where it stands in the abstract, how long it
 * is, how much it shares with the title and with the rest of the abstract, and which cue phrases
 * ("we propose", "in this paper") it carries. General traits, so the model carries over to papers
 * it never saw.
 */
final class CandidateFeatures {

  private static final List<String> CUES =
      List.of(
          "we propose",
          "we present",
          "we introduce",
          "we show",
          "we develop",
          "we demonstrate",
          "in this paper",
          "this paper",
          "in this work",
          "our method",
          "our approach",
          "novel",
          "we find",
          "we study",
          "we also",
          "outperform",
          "state of the art",
          "experiments",
          "results",
          "however",
          "we",
          "our");

  /** The feature names, in the order {@link #of} returns their values. */
  static final List<String> NAMES = names();

  private final List<String> sentences;
  private final Set<String> title;
  private final List<Set<String>> sentenceTokens = new ArrayList<>();
  private final Map<String, Integer> sentencesWithToken = new HashMap<>();

  CandidateFeatures(String title, List<String> sentences) {
    this.sentences = sentences;
    this.title = new HashSet<>(Tokens.of(title));
    for (String sentence : sentences) {
      Set<String> tokens = new HashSet<>(Tokens.of(sentence));
      sentenceTokens.add(tokens);
      tokens.forEach(token -> sentencesWithToken.merge(token, 1, Integer::sum));
    }
  }

  /** The features of {@code text}, a shortened form of sentence {@code index}. */
  double[] of(int index, String text, boolean clause) {
    int count = sentences.size();
    Set<String> tokens = new HashSet<>(Tokens.of(text));
    double words = Tokens.words(text) / 30.0;
    String lower = text.toLowerCase(Locale.ROOT);
    List<Double> values = new ArrayList<>();
    values.add(1.0);
    values.add(flag(index == 0));
    values.add(flag(index == 1));
    values.add(flag(index == 2));
    values.add(flag(index >= 3));
    values.add(flag(index == count - 1));
    values.add(index / (double) Math.max(1, count - 1));
    values.add(Math.log(count));
    values.add(words);
    values.add(words * words);
    values.add(shared(tokens, title) / (double) Math.max(1, title.size()));
    values.add(shared(tokens, title) / (double) Math.max(1, tokens.size()));
    values.add(centrality(index, tokens));
    values.add(flag(text.chars().anyMatch(Character::isDigit)));
    CUES.forEach(cue -> values.add(flag(lower.contains(cue))));
    values.add(flag(lower.startsWith("we ")));
    values.add(flag(clause));
    values.add(Tokens.words(text) / (double) Math.max(1, Tokens.words(sentences.get(index))));
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /** The share of the candidate's words that some other sentence of the abstract also uses. */
  private double centrality(int index, Set<String> tokens) {
    Set<String> own = sentenceTokens.get(index);
    long elsewhere =
        tokens.stream()
            .filter(t -> sentencesWithToken.getOrDefault(t, 0) - (own.contains(t) ? 1 : 0) > 0)
            .count();
    return elsewhere / (double) Math.max(1, tokens.size());
  }

  private static long shared(Set<String> a, Set<String> b) {
    return a.stream().filter(b::contains).count();
  }

  private static double flag(boolean value) {
    return value ? 1 : 0;
  }

  private static List<String> names() {
    List<String> names =
        new ArrayList<>(
            List.of(
                "bias",
                "first",
                "second",
                "third",
                "later",
                "last",
                "relative_position",
                "log_sentences",
                "length",
                "length_squared",
                "title_recall",
                "title_precision",
                "centrality",
                "has_digit"));
    CUES.forEach(cue -> names.add("cue:" + cue.replace(' ', '_')));
    names.addAll(List.of("starts_with_we", "clause", "kept_share"));
    return List.copyOf(names);
  }
}
