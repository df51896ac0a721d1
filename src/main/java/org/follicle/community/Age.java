package org.follicle.community;

import java.time.Duration;
import java.time.Instant;

/** How long ago something was written, as people say it: "5 minutes ago", "3 days ago". */
final class Age {

  private Age() {}

  static String since(Instant then, Instant now) {
    long seconds = Math.max(0, Duration.between(then, now).getSeconds());
    if (seconds < 60) {
      return "just now";
    }
    long[] sizes = {60, 3600, 86400, 30 * 86400L, 365 * 86400L};
    String[] units = {"minute", "hour", "day", "month", "year"};
    int unit = 0;
    while (unit + 1 < sizes.length && seconds >= sizes[unit + 1]) {
      unit++;
    }
    long count = seconds / sizes[unit];
    return count + " " + units[unit] + (count == 1 ? "" : "s") + " ago";
  }
}
