package org.follicle.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.regex.Pattern;

/**
 * A hair-loss treatment Follicle keeps an evidence page for: its slug, its name, what kind of
 * treatment it is and the names studies call it by (generic, brand and code names).
 */
record Treatment(String slug, String name, String kind, @JsonIgnore Pattern names) {

  Treatment(String slug, String name, String kind, String namesRegex) {
    this(
        slug,
        name,
        kind,
        Pattern.compile("\\b(?:" + namesRegex + ")\\b", Pattern.CASE_INSENSITIVE));
  }

  /** Whether this text names the treatment. */
  boolean namedIn(String text) {
    return names.matcher(text).find();
  }
}
