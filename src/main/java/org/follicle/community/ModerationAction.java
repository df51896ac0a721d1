package org.follicle.community;

import java.util.Locale;

/** What a moderator did, as the log records it. */
enum ModerationAction {
  DISMISS("dismissed the flags on"),
  REMOVE("removed"),
  RESTORE("restored"),
  BAN("banned"),
  UNBAN("lifted the ban on");

  private final String verb;

  ModerationAction(String verb) {
    this.verb = verb;
  }

  /** The code stored in the log and shown in the API, such as {@code remove}. */
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  static ModerationAction ofCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  String verb() {
    return verb;
  }
}
