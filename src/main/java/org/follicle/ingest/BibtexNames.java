package org.follicle.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.follicle.catalog.PaperRecord.Author;

/**
 * Splits a BibTeX name list into authors, as BibTeX does: "and" between names, "von Last, First",
 * "von Last, Jr, First" or "First von Last", a name wholly in braces being a corporate one.
 */
final class BibtexNames {

  // BibLaTeX's extended form: "given=Hans, family=Muster, prefix=von".
  private static final Pattern NAME_PART =
      Pattern.compile("^\\s*(given|family|prefix|suffix)\\s*=\\s*(.*)$", Pattern.DOTALL);

  private BibtexNames() {}

  /** The authors of a name list with its LaTeX still in it; "others" is dropped. */
  static List<Author> authors(String names) {
    List<Author> authors = new ArrayList<>();
    if (names == null) {
      return authors;
    }
    List<String> name = new ArrayList<>();
    for (String word : words(names.replaceAll("(?<!\\\\)~", " "), ' ')) {
      if (word.equalsIgnoreCase("and")) {
        add(name, authors);
        name.clear();
      } else {
        name.add(word);
      }
    }
    add(name, authors);
    return authors;
  }

  private static void add(List<String> words, List<Author> authors) {
    if (words.isEmpty() || (words.size() == 1 && words.get(0).equalsIgnoreCase("others"))) {
      return;
    }
    Author author = author(words);
    if (author != null) {
      authors.add(author);
    }
  }

  private static Author author(List<String> words) {
    String whole = String.join(" ", words);
    if (words.size() == 1 && isGroup(whole)) {
      String collective = BibtexLatex.toUnicode(whole.substring(1, whole.length() - 1));
      return collective == null ? null : new Author(null, null, collective, null, null);
    }
    List<String> parts = words(whole, ',');
    if (parts.stream().allMatch(part -> NAME_PART.matcher(part).matches())) {
      return labelled(parts);
    }
    return switch (parts.size()) {
      case 1 -> firstVonLast(words(whole, ' '));
      case 2 -> person(parts.get(0), null, parts.get(1));
      default ->
          person(parts.get(0), parts.get(1), String.join(", ", parts.subList(2, parts.size())));
    };
  }

  /**
   * "First von Last": the family name starts at the first lower-case word before the last word (the
   * particle), else it is the last word.
   */
  private static Author firstVonLast(List<String> words) {
    int familyStart = words.size() - 1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (isLowerCase(words.get(i))) {
        familyStart = i;
        break;
      }
    }
    String given = String.join(" ", words.subList(0, familyStart));
    String family = String.join(" ", words.subList(familyStart, words.size()));
    return person(family, null, given);
  }

  /** BibLaTeX's labelled name parts; a part given twice keeps the later value. */
  private static Author labelled(List<String> parts) {
    Map<String, String> labelled = new LinkedHashMap<>();
    for (String part : parts) {
      Matcher matcher = NAME_PART.matcher(part);
      matcher.matches();
      labelled.put(matcher.group(1), matcher.group(2));
    }
    return person(
        joined(labelled.get("prefix"), labelled.get("family")),
        labelled.get("suffix"),
        labelled.get("given"));
  }

  /** A person from the raw parts; a name with only a given part keeps it as the family name. */
  private static Author person(String family, String suffix, String given) {
    String familyText = joined(BibtexLatex.toUnicode(family), BibtexLatex.toUnicode(suffix));
    String givenText = BibtexLatex.toUnicode(given);
    if (familyText == null) {
      return givenText == null ? null : new Author(givenText, null, null, null, null);
    }
    return new Author(familyText, givenText, null, null, null);
  }

  private static String joined(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + " " + second;
  }

  /**
   * Whether a word's first letter outside braces is lower case; a word starting with a brace group
   * such as "{Van}" counts as upper case, one starting with an accent such as "{\'e}" by its
   * letter.
   */
  private static boolean isLowerCase(String word) {
    if (word.startsWith("{") && !word.startsWith("{\\")) {
      return false;
    }
    String text = BibtexLatex.toUnicode(word);
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return Character.isLowerCase(text.charAt(i));
      }
    }
    return false;
  }

  private static boolean isGroup(String word) {
    if (!word.startsWith("{") || !word.endsWith("}")) {
      return false;
    }
    return closingBrace(word) == word.length() - 1 && !word.startsWith("{\\");
  }

  private static int closingBrace(String word) {
    int depth = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Splits text at a separator outside braces (a space also splitting at any whitespace), leaving
   * out empty pieces for spaces and keeping them, trimmed, for commas.
   */
  private static List<String> words(String text, char separator) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      boolean splits =
          depth == 0 && (separator == ' ' ? Character.isWhitespace(c) : c == separator);
      if (splits) {
        addPiece(pieces, piece, separator);
        piece.setLength(0);
      } else {
        piece.append(c);
      }
    }
    addPiece(pieces, piece, separator);
    return pieces;
  }

  private static void addPiece(List<String> pieces, StringBuilder piece, char separator) {
    String text = piece.toString().strip();
    if (!text.isEmpty() || separator != ' ') {
      pieces.add(text);
    }
  }
}
