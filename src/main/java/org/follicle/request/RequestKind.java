package org.follicle.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a reader asks for. */
enum RequestKind {
  DATA("data", "Data"),
  CODE("code", "Code"),
  PROTOCOL("protocol", "Protocol"),
  FULL_TEXT("full-text", "Full text"),
  OTHER("other", "Something else");

  private final String code;
  private final String label;

  RequestKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The name in forms and JSON, such as {@code full-text}. */
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  static RequestKind of(String code) {
    String wanted = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(kind -> kind.code.equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                RequestProblem.field(
                    "kind",
                    "kind must be one of "
                        + Arrays.stream(values())
                            .map(RequestKind::code)
                            .collect(Collectors.joining(", "))
                        + "; it was '"
                        + (code == null ? "" : code)
                        + "'"));
  }
}
