package org.follicle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader typed, understood: words and "phrases" to rank by, -exclusions, and field filters
 * ({@code author:}, {@code journal:}, {@code year:2019..2024}, {@code type:"…"}, {@code mesh:},
 * {@code topic:}). Parsing never fails: what cannot be understood is searched as words, and what
 * had to be left out is said in {@link #notes()}.
 */
record SearchQuery(
    List<String> terms,
    List<String> exclusions,
    List<Filter> filters,
    Integer yearFrom,
    Integer yearTo,
    List<String> notes) {

  /** Words beyond this are left out: each word is a clause on every searched field. */
  static final int MAX_TERMS = 64;

  /** Characters read of a query; the rest is left out. */
  static final int MAX_LENGTH = 1000;

  /** A filter on one field of the paper; an excluded one leaves out the papers it matches. */
  record Filter(Field field, String value, boolean excluded) {}

  /** The fields a query can filter on, by the name typed before the colon. */
  enum Field {
    AUTHOR,
    JOURNAL,
    TYPE,
    MESH,
    TOPIC,
    TREATMENT;

    static final Map<String, Field> BY_NAME =
        Map.of(
            "author", AUTHOR,
            "journal", JOURNAL,
            "type", TYPE,
            "mesh", MESH,
            "topic", TOPIC,
            "treatment", TREATMENT);
  }

  private static final Pattern TOKEN =
      Pattern.compile("(-?)(?:([A-Za-z]+):)?(?:\"([^\"]*)\"?|(\\S+))");
  private static final Pattern YEARS = Pattern.compile("^(\\d{4})?(?:(\\.\\.)(\\d{4})?)?$");

  SearchQuery {
    terms = List.copyOf(terms);
    exclusions = List.copyOf(exclusions);
    filters = List.copyOf(filters);
    notes = List.copyOf(notes);
  }

  /** Whether there is anything to rank by (else results come newest first). */
  boolean hasTerms() {
    return !terms.isEmpty();
  }

  /** Whether the query asks for nothing at all. */
  boolean isEmpty() {
    return terms.isEmpty()
        && exclusions.isEmpty()
        && filters.isEmpty()
        && yearFrom == null
        && yearTo == null;
  }

  /** The terms as one string for the ranking query, phrases kept in quotes. */
  String rankingText() {
    return String.join(" ", terms);
  }

  static SearchQuery parse(String raw) {
    Parse parse = new Parse();
    String text = raw == null ? "" : raw.strip();
    if (text.length() > MAX_LENGTH) {
      parse.notes.add(
          "Only the first %d characters of the query were searched.".formatted(MAX_LENGTH));
      text = text.substring(0, MAX_LENGTH);
    }
    Matcher token = TOKEN.matcher(text);
    while (token.find()) {
      parse.token(token.group(1).equals("-"), token.group(2), token.group(3), token.group(4));
    }
    return parse.build();
  }

  /** The state of one parse. */
  private static final class Parse {
    private final List<String> terms = new ArrayList<>();
    private final List<String> exclusions = new ArrayList<>();
    private final List<Filter> filters = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Integer yearFrom;
    private Integer yearTo;
    private int words;
    private boolean truncated;

    void token(boolean negated, String field, String phrase, String word) {
      String value = phrase != null ? phrase.strip() : word;
      if (field != null && filter(field.toLowerCase(Locale.ROOT), value, negated)) {
        return;
      }
      String text = field == null ? value : field + " " + value;
      String cleaned = text.replaceAll("[\"\\\\]", " ").strip();
      if (cleaned.isEmpty() || cleaned.equals("-")) {
        return;
      }
      if (negated) {
        exclusions.add(cleaned);
        return;
      }
      int count = cleaned.split("\\s+").length;
      if (words + count > MAX_TERMS) {
        if (!truncated) {
          notes.add("Only the first %d words of the query were searched.".formatted(MAX_TERMS));
          truncated = true;
        }
        return;
      }
      words += count;
      terms.add(phrase != null && count > 1 ? "\"" + cleaned + "\"" : cleaned);
    }

    /** Takes a field filter; false when the field is not one a query can name. */
    private boolean filter(String field, String value, boolean negated) {
      if (field.equals("year")) {
        if (negated) {
          notes.add("-year: cannot leave years out; give the years to keep, as year:2019..2024.");
          return true;
        }
        return years(value);
      }
      Field known = Field.BY_NAME.get(field);
      if (known == null || value.isBlank()) {
        return false;
      }
      filters.add(new Filter(known, value.strip(), negated));
      return true;
    }

    private boolean years(String value) {
      Matcher years = YEARS.matcher(value);
      if (!years.matches() || (years.group(1) == null && years.group(3) == null)) {
        notes.add(
            "'year:%s' was searched as words: write a year as 2019, 2019..2024, 2019.. or ..2024."
                .formatted(value));
        return false;
      }
      Integer from = years.group(1) == null ? null : Integer.valueOf(years.group(1));
      Integer to = years.group(2) == null ? from : intOrNull(years.group(3));
      if (from != null && to != null && from > to) {
        Integer swap = from;
        from = to;
        to = swap;
      }
      yearFrom = from;
      yearTo = to;
      return true;
    }

    private static Integer intOrNull(String digits) {
      return digits == null ? null : Integer.valueOf(digits);
    }

    SearchQuery build() {
      return new SearchQuery(terms, exclusions, filters, yearFrom, yearTo, notes);
    }
  }
}
