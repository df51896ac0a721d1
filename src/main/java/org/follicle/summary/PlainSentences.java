package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an abstract's sentence easier to read without adding to what it says: the leading phrase
 * and bracketed asides go (as {@link SentenceCompressor} drops them), then statistics clutter left
 * outside brackets ("p < 0.05", "95% CI 1.2-3.4"), adverbs that only stress and lead-ins that only
 * report ("We show that ..."), and a long sentence is split where one clause ends and another
 * begins ("; ", ", but ", ", which ", ", and we ..."), each part a sentence. A part still too long
 * can lose a trailing phrase that only says how ({@link #shortened}).
 */
final class PlainSentences {

  private static final Pattern STATISTICS =
      Pattern.compile(
          "(?i),?\\s*\\(?\\b(?:p|p-value)\\s*[<=>≤≥]\\s*0?\\.\\d+\\)?"
              + "|,?\\s*\\(?\\b\\d+(?:\\.\\d+)?\\s*%\\s*(?:CI|confidence interval)\\b[^,;)]*?"
              + "(?=[,;)]|\\.(?:\\s|$)|$)\\)?");

  /**
   * An aside after a comma that only lists or exemplifies, up to the next comma or the end; a comma
   * inside a number ("91,504") is no end, lest the aside leave part of the number behind.
   */
  private static final Pattern LISTING =
      Pattern.compile(
          "(?i),\\s+(?:including|such as|especially|in particular|for example|e\\.g\\.|i\\.e\\.)"
              + "\\s(?:[^,;]|,(?=\\d))*?(?=,(?!\\d)|;|\\.?$)");

  /** Where a new clause with its own subject starts, and what the new sentence begins with. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ";\\s+|,?\\s+and\\s+(?:we\\s+)?(?:show|find|demonstrate|observe|confirm)\\s+that\\s+"
              + "|,\\s+which\\s+|,?\\s+whereas\\s+|,\\s+(?:although|though)\\s+"
              + "|,\\s+(?:and|but|while|so)\\s+"
              + "(?=(?:we|the|this|these|those|it|its|they|their|our|there|such|both|none|each"
              + "|most|all)\\b)");

  /**
   * A linking word or phrase that opens a sentence and only ties it to the one before ("In
   * addition,", "Notably,"): the sentence says the same without it.
   */
  private static final Pattern FILLER_OPENING =
      Pattern.compile(
          "^(?i:(?:in this (?:paper|work|study|article)|here),?\\s+(?=we\\b)"
              + "|(?:in addition|additionally|further|furthermore|moreover|notably|interestingly|importantly"
              + "|surprisingly|remarkably|of note|indeed|also|here|specifically|finally|lastly"
              + "|taken together|collectively|altogether|overall|in summary|in conclusion"
              + "|to conclude|in this context|thus|hence|therefore|however|nevertheless"
              + "|for example|for instance|in particular|as a result|to this end|unfortunately"
              + "|recently|consequently|accordingly|similarly|likewise|first|second|third|firstly"
              + "|secondly)"
              + "\\s*,\\s*)");

  /** "It was found that X" says no more than X. */
  private static final Pattern IMPERSONAL_FINDING =
      Pattern.compile(
          "^(?i:it (?:was|has been|is|were) (?:found|shown|observed|demonstrated|noted|confirmed"
              + "|revealed|seen) that)\\s+");

  /**
   * A linking adverb inside a clause ("was, however, lower", "we therefore propose"), which reads
   * wrongly once replaced by a plain word that only opens a clause ("but", "so").
   */
  private static final Pattern INNER_LINK =
      Pattern.compile(
          "(?i)(?:,\\s*(?:however|therefore|thus|hence|moreover|furthermore|in addition|indeed)"
              + "\\s*,|(?<=\\p{L})\\s+(?:therefore|thus|hence|however|indeed)(?=\\s+\\p{L}))");

  /** "5 and 7, respectively": the order of the numbers already says which is which. */
  private static final Pattern RESPECTIVELY =
      Pattern.compile("(?i),?\\s+respectively(?=[\\s,.;:)]|$)");

  /**
   * "We show that X", "Results showed that X": a finding said of its finders, which says no more
   * than X. Only verbs that report a finding as true; "suggest" or "hypothesise" would make X a
   * claim the source does not make, so they stay.
   */
  private static final Pattern FINDING_LEAD =
      Pattern.compile(
          "^(?i:(?:we|our (?:results|experiments|analyses|analysis|findings|data)|(?:the )?results"
              + "|(?:the )?experiments|(?:the )?findings|these (?:results|findings|data))"
              + "\\s+(?:also\\s+)?(?:show|shows|showed|demonstrate|demonstrates|demonstrated|find"
              + "|found|reveal|reveals|revealed|confirm|confirms|confirmed|prove|proves|proved)"
              + "\\s+that)\\s+");

  /**
   * An adverb that only stresses or smooths ("significantly outperforms", "successfully trained"):
   * the claim stands without it. Never after a negation, where "not significantly different" would
   * turn into "not different".
   */
  private static final Pattern STRESS_ADVERB =
      Pattern.compile(
          "(?i)(?<!\\b(?:not|no|nor|never|neither|without|less|more|most|how|as|so|too))"
              + "\\s+(?:significantly|substantially|considerably|dramatically|remarkably"
              + "|drastically|successfully|effectively|efficiently|consistently|extremely|highly"
              + "|seamlessly|readily|inherently|naturally|carefully|greatly|strongly|vastly"
              + "|tremendously|fundamentally|explicitly)"
              + "(?=\\s+\\p{L})");

  /** A verb that agrees with a plural subject, so that "which are" becomes "These are". */
  private static final Pattern PLURAL_VERB = Pattern.compile("(?:are|were|have|do)\\b");

  /**
   * Where a trailing phrase starts that only says how, by what or with what result ("..., using X",
   * "... by leveraging Y"): the sentence still says what it says without it, in fewer words.
   */
  private static final Pattern TRAILING_PHRASE =
      Pattern.compile(
          "(?i),?\\s+(?:by|via|through)\\s+\\p{L}+ing\\b"
              + "|\\s+in order to\\s"
              + "|,\\s+(?:using|leveraging|exploiting|including|based on|leading to|resulting in"
              + "|thereby|allowing|enabling|making|achieving|yielding|such as|as well as|where"
              + "|with|without|which|e\\.g\\.|i\\.e\\.)\\b");

  private PlainSentences() {}

  /**
   * A part without its trailing phrases that only say how: cut before the last one that leaves at
   * most {@code longest} words (at least {@code shortest}); when every such cut is longer, before
   * the first; the part itself when it has none, or is short enough and no cut is. Such phrases are
   * what make sentences long and wordy: cutting them lowers the median grade of summaries by 0.4 on
   * SciTLDR dev.
   */
  static String shortened(String part, int shortest, int longest) {
    List<String> cuts = cuts(part, shortest);
    return cuts.stream()
        .filter(cut -> Tokens.words(cut) <= longest)
        .reduce((first, second) -> second)
        .orElse(cuts.isEmpty() || Tokens.words(part) <= longest ? part : cuts.get(0));
  }

  /**
   * The part cut before each trailing phrase, shortest first, each of {@code shortest} words or
   * more.
   */
  private static List<String> cuts(String part, int shortest) {
    List<String> cuts = new ArrayList<>();
    Matcher cut = TRAILING_PHRASE.matcher(part);
    while (cut.find()) {
      String head = part.substring(0, cut.start()).replaceAll("[\\s,;:]+$", "") + ".";
      if (Tokens.words(head) >= shortest && balanced(head)) {
        cuts.add(head);
      }
    }
    return cuts;
  }

  /** Whether every bracket opened in the text is closed in it. */
  private static boolean balanced(String text) {
    return text.chars().filter(c -> c == '(').count() == text.chars().filter(c -> c == ')').count();
  }

  /** A sentence that ends, not a fragment cut out of a list by whoever split the abstract. */
  private static final Pattern COMPLETE = Pattern.compile("(?s).*[.!?][\"')\\]]?$");

  /** An item marker, "1)" or "(2)", that is no sentence's start. */
  private static final Pattern ITEM = Pattern.compile("^\\(?\\d+\\)");

  /**
   * The sentence's plainer parts, in order; empty when nothing of it is left or it is a fragment.
   */
  static List<String> of(String sentence) {
    if (!COMPLETE.matcher(sentence.strip()).matches()) {
      return List.of();
    }
    String compressed = SentenceCompressor.variants(sentence).get(0).text();
    String tidy = STATISTICS.matcher(compressed).replaceAll("");
    tidy = LISTING.matcher(tidy).replaceAll("");
    tidy = RESPECTIVELY.matcher(tidy).replaceAll("");
    tidy = STRESS_ADVERB.matcher(tidy).replaceAll("");
    tidy = INNER_LINK.matcher(tidy).replaceAll(" ").replaceAll("\\s{2,}", " ");
    tidy = tidy.replaceAll("\\s+([,.;:!?])", "$1").replaceAll("\\(\\s*\\)", "").strip();
    List<String> parts = new ArrayList<>();
    Matcher breaks = CLAUSE_BREAK.matcher(tidy);
    int start = 0;
    String opening = "";
    while (breaks.find()) {
      add(parts, opening + tidy.substring(start, breaks.start()));
      opening = opening(breaks.group(), tidy.substring(breaks.end()));
      start = breaks.end();
    }
    add(parts, opening + tidy.substring(start));
    return parts;
  }

  /**
   * "But" keeps a contrast, "So" a consequence, "This" (or "These" before a plural verb) stands for
   * what "which" referred to; else nothing.
   */
  private static String opening(String separator, String rest) {
    String word = separator.replaceAll("[,;\\s]", "");
    return switch (word) {
      case "but", "whereas", "while", "although", "though" -> "But ";
      case "so" -> "So ";
      case "which" -> PLURAL_VERB.matcher(rest).lookingAt() ? "These " : "This ";
      default -> "";
    };
  }

  private static void add(List<String> parts, String part) {
    String text = part.replaceAll("[\\s,;:]+$", "").replaceAll("[.!?]$", "").strip();
    text = FILLER_OPENING.matcher(text).replaceFirst("");
    text = IMPERSONAL_FINDING.matcher(text).replaceFirst("");
    text = FINDING_LEAD.matcher(text).replaceFirst("");
    if (Tokens.words(text) == 0 || ITEM.matcher(text).find()) {
      return;
    }
    String first = text.substring(0, 1);
    parts.add(first.toUpperCase() + text.substring(1) + ".");
  }
}
