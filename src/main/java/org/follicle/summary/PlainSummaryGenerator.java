package org.follicle.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Writes a paper's plain-language summary: 3 short sentences from its abstract that a reader
 * without training can follow. The abstract's sentences are made plainer ({@link PlainSentences}),
 * a long part loses a trailing phrase, and the summary keeps the three parts of a readable length
 * that together read easiest in the glossary's plain words, in the abstract's order. An abstract
 * with fewer readable parts still gets a summary from its shortest ones, and one that gives fewer
 * than three parts at all gets them all. Nothing is added but plain words for terms, so every
 * number and name is the abstract's. Deterministic: one abstract always gives one summary.
 */
@Component
public class PlainSummaryGenerator {

  /** A summary has this many sentences when its abstract gives as many parts. */
  static final int MAX_SENTENCES = 3;

  /** A part shorter than this says too little to be preferred. */
  private static final int MIN_WORDS = 4;

  /** A part shorter than this is no sentence, even when the abstract offers nothing better. */
  private static final int FEWEST_WORDS = 3;

  /**
   * A part longer than this is too hard to follow in one breath. Longer limits let in parts that
   * carry more short words: measured on SciTLDR dev and the PubMed files, 20 words gives median
   * grades 10.05 and 9.71, 25 words 9.82 and 9.44, 35 words barely less.
   */
  private static final int MAX_WORDS = 25;

  /** Notices that end abstracts and are no part of the study: copyright, availability, funding. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)abstract (?:is )?(?:available|truncated)|all rights reserved|copyright|\u00a9"
              + "|financial or proprietary interest|conflicts? of interest|trial registration"
              + "|clinicaltrials\\.gov|protected by copyright|published by");

  /**
   * A word that can be a sentence's verb: an auxiliary, a lower-case word ending as a past or a
   * third person does, or one after a pronoun ("We propose"). A part without one is a label
   * ("Premium Clinic, Teplice, Czech Republic") or a list cut out of a sentence, no sentence.
   */
  private static final Pattern VERB_LIKE =
      Pattern.compile(
          "\\b(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|should|must"
              + "|do|does|did|\\p{Ll}+(?:ed|s))\\b|(?i:\\b(?:we|they|it|this|these|our|its))\\s+\\p{Ll}+");

  /** A part that opens with "And" or "Or" is the tail of a list cut apart, no sentence. */
  private static final Pattern LIST_TAIL = Pattern.compile("(?:And|Or)\\b");

  private final PlainWords plainWords;

  /** A generator with the glossary shipped in the jar. */
  public PlainSummaryGenerator() {
    this(PlainWords.shipped());
  }

  PlainSummaryGenerator(PlainWords plainWords) {
    this.plainWords = plainWords;
  }

  /**
   * The summary of an abstract given as its sentences; empty only when no part of it can stand as a
   * sentence.
   */
  public Optional<String> fromSentences(List<String> sentences) {
    List<String> parts =
        sentences.stream()
            .flatMap(sentence -> PlainSentences.of(sentence).stream())
            .map(part -> PlainSentences.shortened(part, MIN_WORDS, MAX_WORDS))
            .filter(PlainSummaryGenerator::standsAlone)
            .toList();
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", plainWords.rewrite(chosen(readable(parts)))));
  }

  /**
   * Whether a part reads as a sentence of its own once joined to the others: a few words, no
   * notice, a verb, one sentence, starting with a capital ("75.0% of eyes ..." would run on from
   * the one before) and not ending in an abbreviation ("the i.i.d." would run on into the next
   * one).
   */
  private static boolean standsAlone(String part) {
    return Tokens.words(part) >= FEWEST_WORDS
        && !BOILERPLATE.matcher(part).find()
        && Character.isUpperCase(part.charAt(0))
        && !LIST_TAIL.matcher(part).lookingAt()
        && VERB_LIKE.matcher(part).find()
        && SentenceSplitter.split(part + " " + part).size() == 2;
  }

  /**
   * The parts of a readable length, in the abstract's order; when fewer than three are, the nearest
   * to a readable length make up the number, so that every abstract with three parts gets a
   * summary, if a harder one.
   */
  private static List<String> readable(List<String> parts) {
    List<Integer> kept =
        IntStream.range(0, parts.size())
            .boxed()
            .sorted(Comparator.comparingInt(i -> readingCost(parts.get(i))))
            .toList();
    long fitting = kept.stream().filter(i -> readingCost(parts.get(i)) == 0).count();
    return kept.stream().limit(Math.max(fitting, MAX_SENTENCES)).sorted().map(parts::get).toList();
  }

  /** 0 for a part of a readable length, else how many words it is off. */
  private static int readingCost(String part) {
    int words = Tokens.words(part);
    return Math.max(0, MIN_WORDS - words) + Math.max(0, words - MAX_WORDS);
  }

  /** The summary of an abstract given as running text. */
  public Optional<String> fromAbstract(String abstractText) {
    return fromSentences(SentenceSplitter.split(abstractText));
  }

  /**
   * The abstract's last part, where it says what was found and what it means, with the two others
   * that together with it read easiest in plain words, in the abstract's order; the earliest on a
   * tie. The easiest three alone read half a grade easier (SciTLDR dev) but often leave out the
   * finding a reader came for.
   */
  private List<String> chosen(List<String> parts) {
    if (parts.size() <= MAX_SENTENCES) {
      return parts;
    }
    List<Readability.Counts> counts =
        parts.stream().map(part -> Readability.counts(plainWords.rewrite(List.of(part)))).toList();
    int last = parts.size() - 1;
    List<Integer> best = List.of();
    double easiest = Double.POSITIVE_INFINITY;
    for (int a = 0; a < last; a++) {
      for (int b = a + 1; b < last; b++) {
        double grade = counts.get(a).plus(counts.get(b)).plus(counts.get(last)).grade();
        if (grade < easiest) {
          easiest = grade;
          best = List.of(a, b, last);
        }
      }
    }
    return best.stream().map(parts::get).toList();
  }
}
