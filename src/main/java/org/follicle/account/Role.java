package org.follicle.account;

import java.util.EnumSet;
import java.util.Set;

/** What an account may do; a role also grants the roles it implies. */
public enum Role {
  /** Every confirmed account: rates, reviews, asks for resources, posts. */
  READER,
  /** An author verified on at least one paper: may also edit that paper's summary and answer. */
  VERIFIED_AUTHOR,
  /** Moderates what people write; has every reader's rights. */
  MODERATOR,
  /** Runs the site: imports, edits, grants roles; has every moderator's rights. */
  ADMIN;

  /** This role and those it implies (an admin is also a moderator and a reader). */
  public Set<Role> withImplied() {
    return switch (this) {
      case READER -> EnumSet.of(READER);
      case VERIFIED_AUTHOR -> EnumSet.of(VERIFIED_AUTHOR, READER);
      case MODERATOR -> EnumSet.of(MODERATOR, READER);
      case ADMIN -> EnumSet.of(ADMIN, MODERATOR, READER);
    };
  }

  /** The Spring Security authority of this role, such as {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The role a name in the API or on a form means, such as {@code verified_author}. */
  static Role parse(String name) {
    try {
      return Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new AccountRejected(
          "roles",
          "unknown role '%s'; roles are reader, verified_author, moderator and admin"
              .formatted(name));
    }
  }
}
