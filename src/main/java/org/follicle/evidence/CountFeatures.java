package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The context of a count mention that tells whether it counts a study's participants: the words
 * around it, its size, where in the abstract it stands and what its sentence is about.
 */
final class CountFeatures {

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final List<String> TOPICS =
      List.of(
          "random",
          "enrol",
          "recruit",
          "total",
          "includ",
          "assign",
          "eligible",
          "analy",
          "particip",
          "median",
          "mean",
          "age",
          "year",
          "month",
          "week",
          "dose",
          "mg",
          "%",
          "p =",
          "p <",
          "ci",
          "accru",
          "underwent",
          "received",
          "treated",
          "versus",
          " vs");

  /** One abstract prepared for describing its count mentions. */
  record Document(String text, List<TextSpan> sentences, List<CountMentions.Mention> mentions) {

    static Document of(String text) {
      return new Document(text, Sentences.split(text), CountMentions.in(text));
    }
  }

  /** The features of mention {@code index} of the document. */
  static String[] of(Document doc, int index) {
    CountMentions.Mention mention = doc.mentions().get(index);
    TextSpan span = mention.span();
    int sentenceIndex = sentenceOf(doc.sentences(), span.start());
    TextSpan sentence = doc.sentences().get(sentenceIndex);
    List<TextSpan> before = WordTokens.of(doc.text(), sentence.start(), span.start());
    List<TextSpan> after = WordTokens.of(doc.text(), span.end(), sentence.end());
    List<String> features = new ArrayList<>();
    features.add("bias");
    for (int i = 1; i <= 3; i++) {
      String prev = word(before, before.size() - i);
      String next = word(after, i - 1);
      features.add("p" + i + "=" + prev);
      features.add("n" + i + "=" + next);
    }
    features.add("p12=" + word(before, before.size() - 2) + "_" + word(before, before.size() - 1));
    features.add("n12=" + word(after, 0) + "_" + word(after, 1));
    features.add("p1n1=" + word(before, before.size() - 1) + "_" + word(after, 0));
    after.stream().limit(6).map(t -> "nwin=" + lower(t)).distinct().forEach(features::add);
    before.stream()
        .skip(Math.max(0, before.size() - 6))
        .map(t -> "pwin=" + lower(t))
        .distinct()
        .forEach(features::add);
    features.add("digits=" + Character.isDigit(span.text().charAt(0)));
    features.add("magnitude=" + Long.toString(mention.value()).length());
    features.add("year=" + YEAR.matcher(span.text()).matches());
    features.add("sentence=" + Math.min(sentenceIndex, 4));
    features.add("place=" + (int) (5.0 * span.start() / Math.max(1, doc.text().length())));
    features.add("rank=" + Math.min(rank(doc, mention), 3));
    String lowerSentence = sentence.text().toLowerCase(Locale.ROOT);
    TOPICS.stream()
        .filter(lowerSentence::contains)
        .map(t -> "topic=" + t)
        .distinct()
        .forEach(features::add);
    return features.toArray(String[]::new);
  }

  /** The position of the mention's value among the document's distinct values, largest first. */
  private static int rank(Document doc, CountMentions.Mention mention) {
    return (int)
        doc.mentions().stream()
            .mapToLong(CountMentions.Mention::value)
            .filter(v -> v > mention.value())
            .distinct()
            .count();
  }

  static int sentenceOf(List<TextSpan> sentences, int offset) {
    for (int i = 0; i < sentences.size(); i++) {
      if (offset < sentences.get(i).end()) {
        return i;
      }
    }
    return sentences.size() - 1;
  }

  private static String word(List<TextSpan> tokens, int index) {
    return index >= 0 && index < tokens.size() ? lower(tokens.get(index)) : "_";
  }

  private static String lower(TextSpan token) {
    String t = token.text().toLowerCase(Locale.ROOT);
    return t.chars().allMatch(Character::isDigit) ? "#" : t;
  }

  private CountFeatures() {}
}
