package org.follicle.account;

import java.time.Duration;

/** What a mailed one-time token does, and how long it lasts. */
enum TokenPurpose {
  CONFIRM_EMAIL(Duration.ofDays(2)),
  RESET_PASSWORD(Duration.ofHours(1));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  Duration lifetime() {
    return lifetime;
  }
}
