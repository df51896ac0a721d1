package org.follicle.request;

import java.util.Arrays;
import java.util.Locale;

/** Where a request stands, shown to everyone. */
enum RequestStatus {
  /** Waiting for an answer. */
  OPEN,
  /** An answer was accepted by the asker or given by a verified author. */
  ANSWERED,
  /** The asker or a verified author closed it without an answer, with a reason. */
  DECLINED;

  /** The name in forms and JSON, such as {@code answered}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static RequestStatus of(String code) {
    String wanted = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(status -> status.name().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                RequestProblem.field(
                    "status",
                    "status must be open, answered or declined; it was '"
                        + (code == null ? "" : code)
                        + "'"));
  }
}
