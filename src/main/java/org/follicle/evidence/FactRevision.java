package org.follicle.evidence;

import java.time.Instant;

/** One correction of a fact as the history keeps it: who, when, the value before and after, why. */
record FactRevision(
    long id,
    String factId,
    Action action,
    FactKind kind,
    String before,
    String after,
    String note,
    String moderator,
    Instant revisedAt) {

  /** The day of the revision (UTC), such as 2026-12-07. */
  public String day() {
    return revisedAt.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
  }

  /** What was done, as the page says it: "Corrected", "Removed" or "Added". */
  public String done() {
    String name = action.name().toLowerCase(java.util.Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  /** What the moderator did to the fact. */
  enum Action {
    CORRECTED,
    REMOVED,
    ADDED
  }
}
