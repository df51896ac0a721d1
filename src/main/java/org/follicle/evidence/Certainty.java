package org.follicle.evidence;

import java.util.List;

/**
 * How certain the evidence for one outcome is, GRADE-like: the level and the reasons for it (the
 * designs it starts from, then each reason it was rated down for).
 */
record Certainty(Level level, List<String> reasons) {

  /** GRADE's four levels, highest first. */
  enum Level {
    HIGH("High"),
    MODERATE("Moderate"),
    LOW("Low"),
    VERY_LOW("Very low");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    /** The level as a reader sees it. */
    public String label() {
      return label;
    }

    /** This level rated down by some steps, never below very low. */
    Level down(int steps) {
      return values()[Math.min(values().length - 1, ordinal() + steps)];
    }
  }
}
