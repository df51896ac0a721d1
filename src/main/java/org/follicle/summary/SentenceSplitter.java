package org.follicle.summary;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences with the JDK's sentence rules, then joins back the breaks that
 * follow an abbreviation ("U.S. FDA", "Fig. 2", "et al. Smith"), which those rules take for ends,
 * and splits before numbered items ("... in vitro. (2) In mice ..."), which they miss.
 */
final class SentenceSplitter {

  private static final Pattern ENDS_WITH_ABBREVIATION =
      Pattern.compile(
          "(?i)(?:\\b(?:et al|e\\.g|i\\.e|vs|fig|figs|eq|eqs|ref|refs|approx|ca|cf|dr|no|nos|vol"
              + "|resp|sp|spp|st|mr|ms|mrs)|\\b[A-Z](?:\\.[A-Z])*|\\bU\\.S|\\bU\\.K)\\.$");

  /** Characters at a sentence's end that hold the longest abbreviation, "approx.", and more. */
  private static final int ABBREVIATION_TAIL = 12;

  /** An enumerated item that starts a sentence, "... to ACR. (2) ACR exposure ...". */
  private static final Pattern NUMBERED_ITEM =
      Pattern.compile("(?<=[.!?])\\s+(?=\\(\\d{1,2}\\)\\s)");

  private SentenceSplitter() {}

  static List<String> split(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    breaks.setText(text);
    List<String> sentences = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      pending.append(text, start, end);
      String sentence = pending.toString().strip();
      if (!endsWithAbbreviation(sentence)) {
        add(sentences, sentence);
        pending.setLength(0);
      }
    }
    add(sentences, pending.toString().strip());
    return sentences;
  }

  /**
   * Looks only at the sentence's end, where every abbreviation the pattern knows fits, so a long
   * sentence is not scanned from its start; transparent bounds keep the word boundaries right.
   */
  private static boolean endsWithAbbreviation(String sentence) {
    return ENDS_WITH_ABBREVIATION
        .matcher(sentence)
        .region(Math.max(0, sentence.length() - ABBREVIATION_TAIL), sentence.length())
        .useTransparentBounds(true)
        .find();
  }

  private static void add(List<String> sentences, String sentence) {
    for (String part : NUMBERED_ITEM.split(sentence)) {
      if (!part.isBlank()) {
        sentences.add(part.strip());
      }
    }
  }
}
