package org.follicle.ingest;

import static org.follicle.ingest.CrossrefValues.parsed;
import static org.follicle.ingest.CrossrefValues.plain;
import static org.follicle.ingest.CrossrefValues.text;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.follicle.catalog.PaperRecord;
import tools.jackson.databind.JsonNode;

/** Maps the {@code author} list of a Crossref work: people, organisations, ORCID iDs. */
final class CrossrefAuthors {

  private static final Pattern ORCID =
      Pattern.compile(
          "^(?:https?://(?:www\\.)?orcid\\.org/)?(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])/?$",
          Pattern.CASE_INSENSITIVE);

  private CrossrefAuthors() {}

  static void addTo(JsonNode authors, PaperRecord.Builder record, Consumer<String> warnings) {
    int position = 0;
    for (JsonNode author : authors) {
      PaperRecord.Author mapped = author(author, "author " + ++position, warnings);
      if (mapped != null) {
        record.author(mapped);
      }
    }
  }

  private static PaperRecord.Author author(
      JsonNode author, String name, Consumer<String> warnings) {
    String family = plain(author, "family");
    String organisation = plain(author, "name");
    if (family == null && organisation == null) {
      warnings.accept(name + " left out: it has neither a family name nor an organisation name");
      return null;
    }
    String orcid = parsed(name + " ORCID", text(author, "ORCID"), CrossrefAuthors::orcid, warnings);
    String affiliation = affiliation(author.path("affiliation"));
    return family != null
        ? new PaperRecord.Author(family, plain(author, "given"), null, orcid, affiliation)
        : new PaperRecord.Author(null, null, organisation, orcid, affiliation);
  }

  private static String affiliation(JsonNode affiliations) {
    for (JsonNode affiliation : affiliations) {
      String name = plain(affiliation, "name");
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  /** The bare iD (0000-0002-1825-0097) of an ORCID link, checked by its check digit. */
  static String orcid(String text) {
    Matcher matcher = ORCID.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'%s' is not an ORCID iD: an ORCID iD is four groups of four digits".formatted(text));
    }
    String id = matcher.group(1).toUpperCase(Locale.ROOT);
    if (id.charAt(18) != checkDigit(id.replace("-", ""))) {
      throw new IllegalArgumentException(
          "'%s' is not an ORCID iD: its check digit is wrong".formatted(text));
    }
    return id;
  }

  /** ISO 7064 MOD 11-2 over the first 15 digits, as ORCID computes it. */
  private static char checkDigit(String digits) {
    int total = 0;
    for (int i = 0; i < 15; i++) {
      total = (total + digits.charAt(i) - '0') * 2;
    }
    int result = (12 - total % 11) % 11;
    return result == 10 ? 'X' : (char) ('0' + result);
  }
}
