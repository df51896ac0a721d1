package org.follicle.ingest;

import org.follicle.catalog.PartialDate;
import tools.jackson.databind.JsonNode;

/** CSL's date shape, which Crossref uses too: {@code {"date-parts": [[2023, 1, 17]]}}. */
final class CslDateParts {

  private CslDateParts() {}

  /** The first date of the object; null when absent or unknown ({@code [[]]}, {@code [[null]]}). */
  static PartialDate first(JsonNode date) {
    JsonNode parts = date.path("date-parts").path(0);
    if (!parts.isArray() || parts.isEmpty() || parts.path(0).isNull()) {
      return null;
    }
    return new PartialDate(number(parts.path(0)), number(parts.path(1)), number(parts.path(2)));
  }

  private static Integer number(JsonNode part) {
    if (part.isMissingNode() || part.isNull() || part.asString().isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(part.asString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + part.asString() + "' is not a number", e);
    }
  }
}
