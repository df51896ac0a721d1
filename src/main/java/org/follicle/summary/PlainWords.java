package org.follicle.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The project's glossary of plain words ({@code summary/plain-words.tsv}) applied to sentences: a
 * technical term becomes its plain words, and a name (of a condition, treatment or body part) keeps
 * its original in parentheses the first time, so that a reader can still look it up and the summary
 * still names what the abstract names.
 */
final class PlainWords {

  private static final String SHIPPED = "/summary/plain-words.tsv";

  /** An article ending the text so far; group 1 is its optional "n". */
  private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])[Aa](n?) $");

  /** Plain words that start with a vowel sound ("use" and "unit" start with a "y" sound). */
  private static final Pattern VOWEL_SOUND = Pattern.compile("(?i)[aeio]|u(?!s|n[iy])");

  private final Map<String, Entry> entries;
  private final Pattern terms;

  /** One glossary line: the plain words for a term, and whether it is a name to keep. */
  record Entry(String plain, boolean name) {}

  PlainWords(Map<String, Entry> entries) {
    this.entries = Map.copyOf(entries);
    String alternatives =
        entries.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    this.terms =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}-])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** The glossary shipped in the jar. */
  static PlainWords shipped() {
    try (InputStream in = PlainWords.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is missing from the classpath");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static PlainWords parse(String tsv) {
    Map<String, Entry> entries = new LinkedHashMap<>();
    int number = 0;
    for (String line : tsv.split("\n")) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.strip().split("\t");
      if (cells.length != 3 || !cells[2].matches("name|word")) {
        throw new IllegalArgumentException(
            "plain words line %d: expected term, plain words, name|word".formatted(number));
      }
      entries.put(cells[0].toLowerCase(Locale.ROOT), new Entry(cells[1], cells[2].equals("name")));
    }
    return new PlainWords(entries);
  }

  /** The glossary's entries by lower-cased term. */
  Map<String, Entry> entries() {
    return entries;
  }

  /** The sentences of one text in plain words; a name keeps its original the first time only. */
  List<String> rewrite(List<String> sentences) {
    Set<String> named = new HashSet<>();
    List<String> rewritten = new ArrayList<>();
    for (String sentence : sentences) {
      rewritten.add(rewrite(sentence, named));
    }
    return rewritten;
  }

  private String rewrite(String sentence, Set<String> named) {
    Matcher matcher = terms.matcher(sentence);
    StringBuilder out = new StringBuilder();
    int end = 0;
    while (matcher.find()) {
      String term = matcher.group();
      Entry entry = entries.get(term.toLowerCase(Locale.ROOT));
      String plain = entry.plain();
      if (entry.name() && named.add(term.toLowerCase(Locale.ROOT))) {
        plain = plain + " (" + term + ")";
      }
      if (Character.isUpperCase(term.charAt(0)) && matcher.start() == 0) {
        plain = Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
      }
      out.append(sentence, end, matcher.start());
      fitArticle(out, plain);
      out.append(plain);
      end = matcher.end();
    }
    return out.append(sentence.substring(end)).toString();
  }

  /**
   * Makes an "a" or "an" right before a replaced term fit its plain words: "an important step"
   * becomes "a key step", "a novel method" stays "a new method".
   */
  private static void fitArticle(StringBuilder out, String plain) {
    Matcher article = ARTICLE_BEFORE.matcher(out);
    if (!article.find()) {
      return;
    }
    String fitting = VOWEL_SOUND.matcher(plain).lookingAt() ? "n" : "";
    out.replace(article.start(1), article.end(1), fitting);
  }
}
