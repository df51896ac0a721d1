package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;

/** A sentence of an abstract, shortened, that can stand as the paper's TLDR, with its features. */
record TldrCandidate(int sentence, String text, double[] features) {

  /** At most this many words: a TLDR is read at a glance. */
  static final int MAX_WORDS = 30;

  /** Every shortened form of every sentence that fits within {@link #MAX_WORDS} words. */
  static List<TldrCandidate> of(String title, List<String> sentences) {
    CandidateFeatures features = new CandidateFeatures(title, sentences);
    List<TldrCandidate> candidates = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (SentenceCompressor.Variant variant : SentenceCompressor.variants(sentences.get(i))) {
        int words = Tokens.words(variant.text());
        if (words <= MAX_WORDS && words >= 3 && oneSentence(variant.text())) {
          candidates.add(
              new TldrCandidate(
                  i, variant.text(), features.of(i, variant.text(), variant.clause())));
        }
      }
    }
    return candidates;
  }

  /** Whether the text reads as one sentence; a dropped aside can join two the splitter missed. */
  private static boolean oneSentence(String text) {
    return SentenceSplitter.split(text).size() == 1;
  }
}
