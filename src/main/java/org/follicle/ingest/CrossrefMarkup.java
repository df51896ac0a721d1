package org.follicle.ingest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns text with JATS or HTML markup, as Crossref titles and abstracts carry it, into plain text.
 */
final class CrossrefMarkup {

  /**
   * An element tag, with or without a namespace prefix ({@code <jats:p>}, {@code </i>}); group 1 is
   * the slash of a closing tag, group 2 the local name. A letter must follow the bracket, so "p <
   * 0.05" stays text.
   */
  static final Pattern TAG =
      Pattern.compile("<(/?)(?:[A-Za-z][\\w.-]*:)?([A-Za-z][\\w.-]*)(?:\\s[^<>]*)?/?>");

  private static final Pattern ENTITY =
      Pattern.compile("&(#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

  private static final Map<String, String> NAMED_ENTITIES =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

  private CrossrefMarkup() {}

  /** The text without tags, entities decoded, whitespace collapsed; null when nothing is left. */
  static String plain(String text) {
    return text == null ? null : collapsed(decoded(TAG.matcher(text).replaceAll("")));
  }

  /** Decodes character references once, so text escaped twice keeps its second escape. */
  static String decoded(String text) {
    return ENTITY
        .matcher(text)
        .replaceAll(entity -> Matcher.quoteReplacement(character(entity.group(1), entity.group())));
  }

  /** Trimmed, inner whitespace runs made one space; null when blank. */
  static String collapsed(String text) {
    String collapsed = text.strip().replaceAll("\\s+", " ");
    return collapsed.isEmpty() ? null : collapsed;
  }

  private static String character(String reference, String original) {
    if (!reference.startsWith("#")) {
      return NAMED_ENTITIES.getOrDefault(reference, original);
    }
    boolean hex = reference.startsWith("#x") || reference.startsWith("#X");
    int codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
    return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : original;
  }
}
