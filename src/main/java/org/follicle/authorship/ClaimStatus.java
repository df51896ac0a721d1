package org.follicle.authorship;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a claim of authorship stands. */
enum ClaimStatus {
  /** Waiting for a moderator. */
  PENDING,
  /** The claimant is that author. */
  VERIFIED,
  /** A moderator refused it, with a reason. */
  REJECTED;

  /** The name in JSON, lower case like every other status in the API. */
  @JsonValue
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
