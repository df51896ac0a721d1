package org.follicle.review;

/**
 * The ratings a reader gives a paper: the primary one (1 to 5, required) and, when given, novelty,
 * significance and scientific rigor (each 1 to 5).
 */
record Ratings(int rating, Integer novelty, Integer significance, Integer rigor) {

  static final int LOWEST = 1;
  static final int HIGHEST = 5;

  /** Checks each value, naming the first field that is missing or out of range. */
  static Ratings of(Integer rating, Integer novelty, Integer significance, Integer rigor) {
    if (rating == null) {
      throw new ReviewRejected("rating", "is missing: give the paper 1 to 5 stars");
    }
    return new Ratings(
        inRange("rating", rating),
        optional("novelty", novelty),
        optional("significance", significance),
        optional("rigor", rigor));
  }

  /** A form's value: blank for none, else a whole number. */
  static Integer parse(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new ReviewRejected(field, "must be a whole number from 1 to 5; it was '" + value + "'");
    }
  }

  private static Integer optional(String field, Integer value) {
    return value == null ? null : inRange(field, value);
  }

  private static int inRange(String field, int value) {
    if (value < LOWEST || value > HIGHEST) {
      throw new ReviewRejected(field, "must be a whole number from 1 to 5; it was " + value);
    }
    return value;
  }
}
