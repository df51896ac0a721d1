package org.follicle.community;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Why a reader flags a post or comment. */
enum FlagReason {
  SPAM("spam", "Spam"),
  HARASSMENT("harassment", "Harassment"),
  MISINFORMATION("misinformation", "Misinformation"),
  OFF_TOPIC("off-topic", "Off-topic"),
  OTHER("other", "Other");

  private final String code;
  private final String label;

  FlagReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The reason a form or JSON names by its code; a 400 naming the codes for anything else. */
  static FlagReason of(String code) {
    String given = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(reason -> reason.code.equals(given))
        .findFirst()
        .orElseThrow(
            () ->
                CommunityProblem.field(
                    "reason",
                    "a flag's reason is one of %s, not '%s'"
                        .formatted(
                            Arrays.stream(values())
                                .map(FlagReason::code)
                                .collect(Collectors.joining(", ")),
                            code)));
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
