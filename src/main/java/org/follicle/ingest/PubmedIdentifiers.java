package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.follicle.catalog.Doi;
import org.follicle.catalog.Pmid;

/**
 * Checks the identifiers of PubMed records (DOI, PMCID, ORCID iD, ISSN); a wrong one is reported
 * through the warnings and left out.
 */
final class PubmedIdentifiers {

  private PubmedIdentifiers() {}

  /**
   * The first valid DOI of the candidates, which come in order of preference. Invisible format
   * characters (a zero-width space pasted into a DOI) are dropped first, as no DOI contains them.
   */
  static Doi doi(List<String> candidates, Consumer<String> warnings) {
    Doi chosen = null;
    List<String> seen = new ArrayList<>();
    for (String candidate : candidates) {
      String visible = withoutFormatCharacters(candidate);
      if (seen.contains(visible)) {
        continue;
      }
      seen.add(visible);
      try {
        Doi doi = Doi.parse(visible);
        if (chosen == null) {
          chosen = doi;
        } else if (!chosen.equals(doi)) {
          warnings.accept(
              "DOI %s left out: it conflicts with %s, kept as the record's DOI"
                  .formatted(doi, chosen));
        }
      } catch (IllegalArgumentException e) {
        warnings.accept("DOI left out: " + e.getMessage());
      }
    }
    return chosen;
  }

  /** The PMCID as "PMC123"; a version suffix ("PMC8591517.2") names the same article. */
  static String pmcid(String text, Consumer<String> warnings) {
    if (text == null) {
      return null;
    }
    int version = text.lastIndexOf('.');
    String unversioned = version > 0 ? text.substring(0, version) : text;
    try {
      return Pmid.parsePmcid(unversioned);
    } catch (IllegalArgumentException e) {
      warnings.accept("PMCID left out: " + e.getMessage());
      return null;
    }
  }

  /** The PMID as digits, or null and a warning. */
  static String pmid(String text, Consumer<String> warnings) {
    if (text == null) {
      return null;
    }
    try {
      return Pmid.parse(text);
    } catch (IllegalArgumentException e) {
      warnings.accept("PMID left out: " + e.getMessage());
      return null;
    }
  }

  /**
   * An ORCID iD as 0000-0002-1825-0097, from a bare, unhyphenated or orcid.org form; null when it
   * is not sixteen characters with a valid check digit.
   */
  static String orcid(String text, Consumer<String> warnings) {
    String orcid = orcid(text);
    if (text != null && orcid == null) {
      warnings.accept(
          "ORCID iD left out: '%s' is not 16 digits with a valid check digit".formatted(text));
    }
    return orcid;
  }

  private static String orcid(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(16);
    String path = text.substring(text.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c >= '0' && c <= '9' || c == 'X') {
        digits.append(c);
      } else if (c != '-' && !Character.isWhitespace(c)) {
        return null;
      }
    }
    if (digits.length() != 16 || !checkDigitMatches(digits)) {
      return null;
    }
    return String.join(
        "-",
        digits.substring(0, 4),
        digits.substring(4, 8),
        digits.substring(8, 12),
        digits.substring(12));
  }

  /** An ISSN as 1234-567X, or null and a warning. */
  static String issn(String text, Consumer<String> warnings) {
    if (text == null) {
      return null;
    }
    String compact = text.replace("-", "").toUpperCase(Locale.ROOT);
    if (compact.length() != 8 || !isIssnDigits(compact)) {
      warnings.accept("ISSN left out: '%s' is not an ISSN like 1234-567X".formatted(text));
      return null;
    }
    return compact.substring(0, 4) + "-" + compact.substring(4);
  }

  private static boolean isIssnDigits(String compact) {
    for (int i = 0; i < 8; i++) {
      char c = compact.charAt(i);
      if (!(c >= '0' && c <= '9' || i == 7 && c == 'X')) {
        return false;
      }
    }
    return true;
  }

  /** ISO 7064 MOD 11-2, as ORCID defines it; 'X' stands for ten. */
  private static boolean checkDigitMatches(CharSequence digits) {
    int total = 0;
    for (int i = 0; i < 15; i++) {
      if (digits.charAt(i) == 'X') {
        return false;
      }
      total = (total + digits.charAt(i) - '0') * 2;
    }
    int check = (12 - total % 11) % 11;
    char expected = check == 10 ? 'X' : (char) ('0' + check);
    return digits.charAt(15) == expected;
  }

  private static String withoutFormatCharacters(String text) {
    StringBuilder visible = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> Character.getType(c) != Character.FORMAT)
        .forEach(visible::appendCodePoint);
    return visible.toString();
  }
}
