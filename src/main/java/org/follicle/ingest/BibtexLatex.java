package org.follicle.ingest;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;

/**
 * Turns BibTeX field text into plain Unicode: accents, special letters, symbols and math are
 * rewritten first, because jbibtex's printer knows only some of them and fails on bare {@code $ ~ %
 * & #}; jbibtex then removes braces and formatting commands and sets dashes and quotes.
 */
final class BibtexLatex {

  private static final Map<String, String> MARKS =
      Map.ofEntries(
          Map.entry("`", "\u0300"),
          Map.entry("'", "\u0301"),
          Map.entry("^", "\u0302"),
          Map.entry("~", "\u0303"),
          Map.entry("=", "\u0304"),
          Map.entry("u", "\u0306"),
          Map.entry(".", "\u0307"),
          Map.entry("\"", "\u0308"),
          Map.entry("r", "\u030A"),
          Map.entry("H", "\u030B"),
          Map.entry("v", "\u030C"),
          Map.entry("d", "\u0323"),
          Map.entry("c", "\u0327"),
          Map.entry("k", "\u0328"),
          Map.entry("b", "\u0331"));

  private static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"),
          Map.entry("ae", "æ"),
          Map.entry("AE", "Æ"),
          Map.entry("aa", "å"),
          Map.entry("AA", "Å"),
          Map.entry("ss", "ß"),
          Map.entry("o", "ø"),
          Map.entry("O", "Ø"),
          Map.entry("l", "ł"),
          Map.entry("L", "Ł"),
          Map.entry("i", "ı"),
          Map.entry("j", "ȷ"),
          Map.entry("pm", "±"),
          Map.entry("mp", "∓"),
          Map.entry("times", "×"),
          Map.entry("texttimes", "×"),
          Map.entry("cdot", "·"),
          Map.entry("le", "≤"),
          Map.entry("leq", "≤"),
          Map.entry("ge", "≥"),
          Map.entry("geq", "≥"),
          Map.entry("neq", "≠"),
          Map.entry("approx", "≈"),
          Map.entry("infty", "∞"),
          Map.entry("to", "→"),
          Map.entry("rightarrow", "→"),
          Map.entry("circ", "∘"),
          Map.entry("textmu", "µ"),
          Map.entry("textdegree", "°"),
          Map.entry("degree", "°"),
          Map.entry("textregistered", "®"),
          Map.entry("texttrademark", "™"),
          Map.entry("copyright", "©"),
          Map.entry("textcopyright", "©"),
          Map.entry("dots", "…"),
          Map.entry("S", "§"),
          Map.entry("P", "¶"),
          Map.entry("euro", "€"),
          Map.entry("pounds", "£"),
          Map.entry("Gamma", "Γ"),
          Map.entry("Delta", "Δ"),
          Map.entry("Theta", "Θ"),
          Map.entry("Lambda", "Λ"),
          Map.entry("Xi", "Ξ"),
          Map.entry("Pi", "Π"),
          Map.entry("Sigma", "Σ"),
          Map.entry("Upsilon", "Υ"),
          Map.entry("Phi", "Φ"),
          Map.entry("Psi", "Ψ"),
          Map.entry("Omega", "Ω"),
          Map.entry("quad", " "),
          Map.entry("qquad", " "));

  private static final Pattern ACCENT =
      Pattern.compile(
          "\\\\([`'^\"~=.])\\s*(?:\\{\\s*(\\\\?[A-Za-z])\\s*}|(\\\\?[A-Za-z]))"
              + "|\\\\([cHkruvdb])(?:\\s*\\{\\s*(\\\\?[A-Za-z])\\s*}|\\s+(\\\\?[A-Za-z]))");
  // TeX skips the spaces after a command word, so "Bj\o rn" is "Bjørn".
  private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)(?:\\s*\\{})?\\s*");
  // Environment names and link targets are markup, not text: \href{url}{text} keeps the text.
  private static final Pattern MARKUP =
      Pattern.compile("\\\\(?:begin|end)\\s*\\{[^}]*}|\\\\href\\s*\\{[^}]*}");
  private static final Pattern MATH =
      Pattern.compile("(?<!\\\\)\\$(.*?)(?<!\\\\)\\$", Pattern.DOTALL);
  private static final Pattern SCRIPT = Pattern.compile("(?<!\\\\)[_^]|\\\\s[bp](?![A-Za-z])");
  private static final Pattern SPACE = Pattern.compile("\\\\\\\\|\\\\[,;:! ]|(?<!\\\\)~");
  private static final Pattern BARE_SPECIAL = Pattern.compile("(?<!\\\\)([&#%_])");
  // jbibtex prints every ' as a typographic apostrophe; titles keep the one they were written with.
  private static final Pattern APOSTROPHE = Pattern.compile("(?<![\\\\'])'(?!')");
  private static final char KEPT_APOSTROPHE = '\uE000';
  // A written backslash (\textbackslash) must not reach jbibtex, which would read a command.
  private static final Pattern TEXT_BACKSLASH =
      Pattern.compile("\\\\textbackslash(?:\\{}|\\s+|(?![A-Za-z]))");
  // Letters only: jbibtex's lexer takes them as text wherever they stand.
  private static final String KEPT_BACKSLASH = "zqFollicleBackslashqz";

  // A new LaTeXParser allocates large buffers, and a library has thousands of values; parse()
  // starts afresh each time, so one parser per thread serves them all.
  private static final ThreadLocal<LaTeXParser> PARSER =
      ThreadLocal.withInitial(BibtexLatex::newParser);

  private BibtexLatex() {}

  /** Plain text with whitespace collapsed, or null when nothing is left. */
  static String toUnicode(String latex) {
    if (latex == null) {
      return null;
    }
    String kept = TEXT_BACKSLASH.matcher(latex).replaceAll(KEPT_BACKSLASH);
    String prepared = escapeSpecials(math(symbols(accents(layout(kept)))));
    String printed =
        print(APOSTROPHE.matcher(prepared).replaceAll(String.valueOf(KEPT_APOSTROPHE)));
    return collapsed(printed.replace(KEPT_APOSTROPHE, '\'').replace(KEPT_BACKSLASH, "\\"));
  }

  /** An identifier or link as written: braces and escapes removed, no other change. */
  static String plain(String latex) {
    if (latex == null) {
      return null;
    }
    String text = latex.replaceAll("[{}]", "").replaceAll("\\\\([_%&#$~])", "$1").strip();
    return text.isEmpty() ? null : text;
  }

  private static String layout(String latex) {
    return SPACE.matcher(MARKUP.matcher(latex).replaceAll("")).replaceAll(" ").replace("\\-", "");
  }

  private static String accents(String latex) {
    return ACCENT.matcher(latex).replaceAll(BibtexLatex::accented);
  }

  private static String accented(MatchResult match) {
    String accent = match.group(1) != null ? match.group(1) : match.group(4);
    String base = firstNonNull(match.group(2), match.group(3), match.group(5), match.group(6));
    // A dotless i or j under an accent is written that way only to drop the dot.
    String letter = base.startsWith("\\") ? base.substring(1) : base;
    String composed = Normalizer.normalize(letter + MARKS.get(accent), Normalizer.Form.NFC);
    return Matcher.quoteReplacement(composed);
  }

  private static String symbols(String latex) {
    return COMMAND
        .matcher(latex)
        .replaceAll(
            match -> {
              String symbol = SYMBOLS.get(match.group(1));
              return Matcher.quoteReplacement(symbol == null ? match.group() : symbol);
            });
  }

  private static String math(String latex) {
    String scripts =
        MATH.matcher(latex)
            .replaceAll(
                match -> Matcher.quoteReplacement(SCRIPT.matcher(match.group(1)).replaceAll("")));
    return scripts.replaceAll("(?<!\\\\)\\$", "");
  }

  private static String escapeSpecials(String latex) {
    return BARE_SPECIAL.matcher(latex).replaceAll("\\\\$1").replaceAll("(?<!\\\\)\\^", "");
  }

  private static String print(String latex) {
    try {
      return new LaTeXPrinter().print(PARSER.get().parse(latex));
    } catch (ParseException | TokenMgrException e) {
      // Markup jbibtex cannot read (such as an unbalanced group) still leaves readable text.
      return latex
          .replaceAll("\\\\[A-Za-z]+\\*?", "")
          .replaceAll("\\\\(.)", "$1")
          .replaceAll("[{}]", "");
    }
  }

  private static LaTeXParser newParser() {
    try {
      return new LaTeXParser();
    } catch (ParseException e) {
      // The constructor parses an empty text, which cannot fail.
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whitespace collapsed and characters composed (NFC): files such as JabRef's write "ü" as u and a
   * combining diaeresis, which must compare equal to the "ü" of other sources.
   */
  private static String collapsed(String text) {
    String collapsed = text.replaceAll("[\\s\\u00A0]+", " ").strip();
    return collapsed.isEmpty() ? null : Normalizer.normalize(collapsed, Normalizer.Form.NFC);
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
