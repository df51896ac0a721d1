package org.follicle.catalog;

import java.util.Locale;
import java.util.regex.Pattern;

/** A validated Digital Object Identifier, normalised to lower case without resolver prefix. */
public record Doi(String value) {

  // DOI names are case-insensitive (ISO 26324), so lower case is the canonical form.
  private static final Pattern SYNTAX = Pattern.compile("^10\\.\\d{4,9}(\\.\\d+)*/\\S+$");
  private static final Pattern PREFIXES =
      Pattern.compile("^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", Pattern.CASE_INSENSITIVE);

  public Doi {
    if (value == null || !SYNTAX.matcher(value).matches() || !value.equals(normalise(value))) {
      throw new MalformedIdentifierException(describe(value));
    }
    if (value.contains("://")) {
      // A link pasted into a DOI field ("10.5424/http://dx.doi.org/10.5424/...") names no object.
      throw new MalformedIdentifierException(
          "'%s' is not a DOI: its suffix holds a link".formatted(value));
    }
  }

  /** Parses a DOI as people write it: bare, with a {@code doi:} prefix or as a doi.org link. */
  public static Doi parse(String text) {
    if (text == null || text.isBlank()) {
      throw new MalformedIdentifierException("a DOI is missing");
    }
    return new Doi(normalise(PREFIXES.matcher(text.strip()).replaceFirst("")));
  }

  /** The resolvable link to the DOI. */
  public String url() {
    return "https://doi.org/" + value;
  }

  @Override
  public String toString() {
    return value;
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static String describe(String value) {
    return "'%s' is not a DOI: a DOI is '10.', a registrant code of 4 to 9 digits, '/' and a suffix"
        .formatted(value);
  }
}
