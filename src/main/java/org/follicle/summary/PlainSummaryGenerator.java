package org.follicle.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Writes a paper's plain-language summary: 3 short sentences from its abstract that a reader
 * without training can follow. The abstract's sentences are made plainer ({@link PlainSentences}),
 * parts too short or too long to read well are set aside, and the summary keeps the easier of the
 * first two parts (what the study is about), the last (what it concludes) and the easiest of the
 * rest, in the abstract's order, in the glossary's plain words. Nothing is added but plain words
 * for terms, so every number and name is the abstract's. Deterministic: one abstract always gives
 * one summary.
 */
@Component
public class PlainSummaryGenerator {

  /** Fewer sentences than this is not a summary: the paper gets none. */
  static final int MIN_SENTENCES = 3;

  /**
   * At most this many sentences: each further one is mostly a harder one and the median grade rises
   * (measured on SciTLDR dev and the PubMed files: 3 gives 11.7 and 10.8, 4 gives 12.0 and 10.9).
   */
  static final int MAX_SENTENCES = 3;

  /**
   * The opening is the easiest of this many first parts: both mostly say what the study is about.
   */
  private static final int EDGE = 2;

  /** A part shorter than this says too little to stand alone. */
  private static final int MIN_WORDS = 5;

  /**
   * A part longer than this is too hard to follow in one breath; 20 words trades readability
   * against the share of abstracts that still give three parts.
   */
  private static final int MAX_WORDS = 20;

  /** Notices that end abstracts and are no part of the study: copyright, availability, funding. */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)abstract (?:is )?(?:available|truncated)|all rights reserved|copyright|\u00a9"
              + "|financial or proprietary interest|conflicts? of interest|trial registration"
              + "|clinicaltrials\\.gov|protected by copyright|published by");

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

  /** The summary of an abstract given as its sentences, if it has enough readable ones. */
  public Optional<String> fromSentences(List<String> sentences) {
    List<String> parts =
        sentences.stream()
            .flatMap(sentence -> PlainSentences.of(sentence).stream())
            .filter(part -> Tokens.words(part) >= MIN_WORDS && Tokens.words(part) <= MAX_WORDS)
            .filter(part -> !BOILERPLATE.matcher(part).find())
            // A part must read as a sentence of its own once joined to the others: one sentence,
            // starting with a capital ("75.0% of eyes ..." would run on from the one before) and
            // not ending in an abbreviation ("the i.i.d." would run on into the next one).
            .filter(part -> Character.isUpperCase(part.charAt(0)))
            .filter(part -> !LIST_TAIL.matcher(part).lookingAt())
            .filter(part -> SentenceSplitter.split(part + " " + part).size() == 2)
            .toList();
    if (parts.size() < MIN_SENTENCES) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", plainWords.rewrite(chosen(parts))));
  }

  /** The summary of an abstract given as running text. */
  public Optional<String> fromAbstract(String abstractText) {
    return fromSentences(SentenceSplitter.split(abstractText));
  }

  /**
   * The easier of the first two parts (what the study is about), the last (what it concludes) and
   * the easiest of the parts between them, in the abstract's order.
   */
  private List<String> chosen(List<String> parts) {
    int last = parts.size() - 1;
    int opening = easiest(parts, 0, Math.min(EDGE - 1, last - 2));
    List<Integer> picked = new ArrayList<>(List.of(opening, last));
    IntStream.range(opening + 1, last)
        .boxed()
        .sorted(Comparator.comparingDouble(i -> grade(parts.get(i))))
        .limit(MAX_SENTENCES - picked.size())
        .forEach(picked::add);
    return picked.stream().sorted().map(parts::get).toList();
  }

  /** The index of the easiest part from {@code first} to {@code last}; the earliest on a tie. */
  private int easiest(List<String> parts, int first, int last) {
    return IntStream.rangeClosed(first, last)
        .boxed()
        .min(Comparator.comparingDouble(i -> grade(parts.get(i))))
        .orElseThrow();
  }

  private double grade(String part) {
    return Readability.fleschKincaidGrade(plainWords.rewrite(List.of(part)));
  }
}
