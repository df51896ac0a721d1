package org.follicle.community;

import java.util.Locale;

/** How a channel orders its posts. */
enum PostSort {
  /** Score decayed by age ({@link HotRank}). */
  HOT,
  /** Newest first. */
  NEW,
  /** Highest score first. */
  TOP;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static PostSort of(String code) {
    if (code == null || code.isBlank()) {
      return HOT;
    }
    for (PostSort sort : values()) {
      if (sort.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return sort;
      }
    }
    throw CommunityProblem.field(
        "sort", "sort '%s' is unknown; sorts are hot, new and top".formatted(code));
  }
}
