package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a sentence without changing what it says and without cutting it off: it drops a leading
 * discourse phrase ("In this paper, ") and bracketed asides (citations, counts, examples), and
 * offers, besides that whole sentence, its main clause alone where a trailing clause hangs on it
 * (", which ...", "; ...") and each form without an introductory clause before "we", "our", "this",
 * "these" or "it" ("To address this problem, we propose ..."), each ending as a complete sentence.
 * Every word kept is the source's.
 */
final class SentenceCompressor {

  /** A clause shorter than this is too little to stand as a TLDR. */
  static final int MIN_WORDS = 6;

  private static final Pattern LEADING_PHRASE =
      Pattern.compile(
          "^(?i:in this (?:paper|work|study|article|letter|report)|here|specifically|to this end"
              + "|moreover|furthermore|finally|in addition|additionally|in particular|thus"
              + "|therefore|as a result|overall|in summary|in conclusion|concretely|consequently"
              + "|importantly|notably|secondly|second|firstly|first|third|lastly|however)\\s*,\\s*");

  /**
   * An aside in brackets that holds a digit ("[12]", "(n = 30)") or several words ("(e.g., CNNs and
   * RNNs)"), set off by a space before and a space or punctuation after. A one-word aside often
   * defines a name ("cerebrospinal fluid (CSF) leak") and stays, as does one glued to a word
   * ("[11C]-verapamil"): dropping those would make up names the source never wrote.
   */
  private static final Pattern ASIDE =
      Pattern.compile(
          "\\s+(?:\\((?=[^()]*(?:\\d|[^()\\s]\\s+[^()\\s]))[^()]*\\)"
              + "|\\[(?=[^\\[\\]]*(?:\\d|[^\\[\\]\\s]\\s+[^\\[\\]\\s]))[^\\[\\]]*\\])"
              + "(?=[\\s,.;:!?]|$)");

  /**
   * An introductory clause ending in a comma before the sentence's subject. One that limits when
   * the rest holds ("If ...", "When ...", "Under ...") stays, since dropping it would state the
   * rest as holding always.
   */
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "^(?!(?i:if|when|whenever|unless|only|without|except|under|for|in|on|with)\\b)"
              + "[^,;:()\\[\\]]{3,120}?,\\s+(?=(?i:we|our|this|these|it)\\b)");

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ";\\s|,\\s(?=(?:which|where|while|whereas|thus|thereby|leading to|resulting in"
              + "|allowing|enabling|making|so that|and we|and show|and demonstrate|and achieve"
              + "|and find|and provide|achieving|showing|demonstrating|outperforming|yielding)\\b)"
              + "|\\s(?=and (?:we|show|demonstrate|achieve|provide)\\b)");

  private SentenceCompressor() {}

  /** The sentence compressed, then its main clauses alone; the first is always present. */
  static List<Variant> variants(String sentence) {
    String bare = LEADING_PUNCTUATION.matcher(sentence).replaceFirst("");
    String whole = ended(withoutAsides(withoutLeadingPhrase(bare)));
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(whole, false));
    Matcher breaks = CLAUSE_BREAK.matcher(whole);
    while (breaks.find()) {
      String head = whole.substring(0, breaks.start()).replaceAll("[\\s,;:]+$", "");
      if (Tokens.words(head) >= MIN_WORDS) {
        variants.add(new Variant(ended(head), true));
      }
      if (breaks.group().startsWith(";")) {
        String tail = whole.substring(breaks.end()).strip();
        if (Tokens.words(tail) >= MIN_WORDS) {
          variants.add(new Variant(capitalised(tail), true));
        }
      }
    }
    List<Variant> withoutLeadIns = new ArrayList<>();
    for (Variant variant : variants) {
      Matcher leadIn = LEAD_IN.matcher(variant.text());
      String rest = leadIn.find() ? variant.text().substring(leadIn.end()) : "";
      if (Tokens.words(rest) >= MIN_WORDS) {
        withoutLeadIns.add(new Variant(capitalised(rest), true));
      }
    }
    variants.addAll(withoutLeadIns);
    return variants;
  }

  /** A shortened form of a sentence; {@code clause} when it is a main clause cut from it. */
  record Variant(String text, boolean clause) {}

  private static String withoutLeadingPhrase(String sentence) {
    Matcher leading = LEADING_PHRASE.matcher(sentence);
    if (!leading.find() || leading.end() == sentence.length()) {
      return sentence;
    }
    return capitalised(sentence.substring(leading.end()));
  }

  private static String withoutAsides(String sentence) {
    String previous;
    String current = sentence;
    do {
      previous = current;
      current = ASIDE.matcher(previous).replaceAll("");
    } while (!current.equals(previous));
    return current.replaceAll("\\s+([,.;:!?])", "$1").strip();
  }

  /** Upper-cases the first letter unless the first word is a name written with its own case. */
  private static String capitalised(String text) {
    int end = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
    String first = text.substring(0, end);
    boolean ownCase = !first.equals(first.toLowerCase()) || first.matches(".*\\d.*");
    if (ownCase || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String ended(String text) {
    String stripped = text.strip();
    return stripped.matches(".*[.!?][\"')\\]]?$") ? stripped : stripped + ".";
  }
}
