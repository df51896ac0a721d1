package org.follicle.summary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes a paper's TLDR: one complete sentence of at most 30 words taken from its abstract. Every
 * sentence is compressed (leading phrases and asides dropped, trailing clauses offered apart) and
 * the learned model picks the form most like an author's TLDR among those that fit. When no
 * sentence fits in 30 words however it is shortened, the paper gets no TLDR rather than a sentence
 * cut off. Deterministic: the same abstract always gives the same TLDR.
 */
@Component
public class TldrGenerator {

  private final TldrModel model;

  /** A generator with the model shipped in the jar. */
  public TldrGenerator() {
    this(TldrModel.shipped());
  }

  TldrGenerator(TldrModel model) {
    this.model = model;
  }

  /** The TLDR of an abstract given as its sentences, if one of them can be made to fit. */
  public Optional<String> fromSentences(String title, List<String> sentences) {
    // Stream.max keeps the first of equal candidates, so an earlier sentence wins a tie.
    return TldrCandidate.of(title == null ? "" : title, sentences).stream()
        .max(Comparator.comparingDouble(c -> model.score(c.features())))
        .map(TldrCandidate::text);
  }

  /** The TLDR of an abstract given as running text. */
  public Optional<String> fromAbstract(String title, String abstractText) {
    return fromSentences(title, SentenceSplitter.split(abstractText));
  }

  /** The abstract's first sentence, whole: the baseline TLDRs are measured against. */
  public static String leadSentence(List<String> sentences) {
    return sentences.isEmpty() ? "" : sentences.get(0);
  }
}
