package org.follicle.community;

import java.time.Instant;

/** A reader's flag on a post or comment: the reason's code, an optional note, who and when. */
record Flag(String reason, String note, String flagger, Instant flaggedAt) {

  /** The reason as people read it, such as "Off-topic". */
  public String reasonLabel() {
    return FlagReason.of(reason).label();
  }
}
