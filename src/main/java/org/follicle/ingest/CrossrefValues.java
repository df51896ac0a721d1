package org.follicle.ingest;

import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Reads values out of a Crossref work: text as given, text without markup, checked values. */
final class CrossrefValues {

  private CrossrefValues() {}

  /** A field's text, trimmed and with whitespace collapsed; for codes and identifiers. */
  static String text(JsonNode node, String field) {
    return text(node.path(field));
  }

  /** A value's text, trimmed and with whitespace collapsed. */
  static String text(JsonNode value) {
    String raw = raw(value);
    return raw == null ? null : CrossrefMarkup.collapsed(raw);
  }

  /** A field's text without markup; for what people read (titles, names, abstracts). */
  static String plain(JsonNode node, String field) {
    return plain(node.path(field));
  }

  /** A value's text without markup. */
  static String plain(JsonNode value) {
    return CrossrefMarkup.plain(raw(value));
  }

  /**
   * A field's text exactly as given; Crossref gives many single values as one-element arrays
   * ("title", "container-title"), so an array gives its first element. Blank gives null.
   */
  static String raw(JsonNode node, String field) {
    return raw(node.path(field));
  }

  /** A value's text exactly as given; an array gives its first element, blank gives null. */
  static String raw(JsonNode value) {
    JsonNode single = value.isArray() ? value.path(0) : value;
    if (!single.isValueNode() || single.isNull()) {
      return null;
    }
    String text = single.asString();
    return text.isBlank() ? null : text;
  }

  /** A parsed value; a wrong one is reported under {@code name} and left out. */
  static <I, T> T parsed(String name, I value, Function<I, T> parser, Consumer<String> warnings) {
    if (value == null) {
      return null;
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      warnings.accept(name + " left out: " + e.getMessage());
      return null;
    }
  }
}
