package org.follicle.community;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** An account banned from taking part in the community, until {@code endsAt} (null: lifted). */
record Ban(
    long accountId,
    String accountName,
    String reason,
    String moderator,
    Instant bannedAt,
    Instant endsAt) {

  private static final DateTimeFormatter UNTIL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** What the banned account reads when it tries to post, comment, vote or flag. */
  String refusal() {
    return "You are banned from the community "
        + (endsAt == null ? "until a moderator lifts the ban" : "until " + UNTIL.format(endsAt))
        + " for this reason: "
        + reason
        + ". You can still read.";
  }
}
