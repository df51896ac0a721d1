package org.follicle.community;

/**
 * What readers and moderators type into a field, stripped and checked against the field's limit; a
 * refusal names the field.
 */
final class FieldText {

  private FieldText() {}

  /** The text stripped, empty when none was given. */
  static String optional(String field, String value, int max) {
    String text = value == null ? "" : value.strip();
    if (text.length() > max) {
      throw CommunityProblem.tooLong(
          field,
          "%s is %,d characters long; at most %,d are allowed"
              .formatted(field, text.length(), max));
    }
    return text;
  }

  /** The text stripped; empty is refused with the hint given, such as "say why". */
  static String required(String field, String value, int max, String hint) {
    String text = optional(field, value, max);
    if (text.isEmpty()) {
      throw CommunityProblem.field(field, field + " is empty; " + hint);
    }
    return text;
  }

  /** The text, cut to at most {@code max} characters with an ellipsis. */
  static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
