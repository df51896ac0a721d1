package org.follicle.community;

import java.time.Instant;

/** An account banned from taking part in the community, until {@code endsAt} (null: lifted). */
record Ban(
    long accountId,
    String accountName,
    String reason,
    String moderator,
    Instant bannedAt,
    Instant endsAt) {

  /** What the banned account reads when it tries to post, comment, vote or flag. */
  String refusal() {
    return "You are banned from the community "
        + (endsAt == null ? "until a moderator lifts the ban" : "until " + endsAt)
        + " for this reason: "
        + reason
        + ". You can still read.";
  }
}
