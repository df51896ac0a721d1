package org.follicle.ingest;

import static org.follicle.ingest.CrossrefValues.parsed;
import static org.follicle.ingest.CrossrefValues.plain;
import static org.follicle.ingest.CrossrefValues.text;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import tools.jackson.databind.JsonNode;

/**
 * Maps the {@code reference} list of a Crossref work. A reference keeps its printed text when the
 * publisher deposited it ("unstructured"); otherwise the text is put together from its parts.
 */
final class CrossrefReferences {

  /** A year as references print it, also with a letter that tells apart works of one year. */
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})(?!\\d)");

  private CrossrefReferences() {}

  static void addTo(JsonNode references, PaperRecord.Builder record, Consumer<String> warnings) {
    int position = 0;
    for (JsonNode reference : references) {
      position++;
      String key = Objects.requireNonNullElse(text(reference, "key"), "number " + position);
      PaperRecord.Reference mapped = reference(reference, "reference " + key, warnings);
      if (mapped != null) {
        record.reference(mapped);
      }
    }
  }

  private static PaperRecord.Reference reference(
      JsonNode reference, String name, Consumer<String> warnings) {
    Doi doi = parsed(name + " DOI", text(reference, "DOI"), Doi::parse, warnings);
    String year = text(reference, "year");
    String text = plain(reference, "unstructured");
    if (text == null) {
      text = composed(reference, year);
    }
    if (text == null && doi == null) {
      return null;
    }
    return new PaperRecord.Reference(
        text,
        doi,
        null,
        null,
        plain(reference, "article-title"),
        plain(reference, "author"),
        parsed(name + " year", year, CrossrefReferences::year, warnings),
        plain(reference, "journal-title"));
  }

  /** "Bonke (2003). APL regulates vascular tissue identity. Nature 426, 181". */
  private static String composed(JsonNode reference, String year) {
    String who = joined(" ", plain(reference, "author"), year == null ? null : "(" + year + ")");
    String container = plain(reference, "journal-title");
    if (container == null) {
      container = plain(reference, "volume-title");
    }
    String source =
        container == null
            ? null
            : joined(
                ", ",
                joined(" ", container, text(reference, "volume")),
                text(reference, "first-page"));
    return joined(". ", who, plain(reference, "article-title"), source);
  }

  private static String joined(String separator, String... parts) {
    String joined =
        Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
    return joined.isEmpty() ? null : joined;
  }

  private static Integer year(String text) {
    Matcher year = YEAR.matcher(text);
    if (!year.find()) {
      throw new IllegalArgumentException("'%s' is not a year".formatted(text));
    }
    return Integer.valueOf(year.group(1));
  }
}
