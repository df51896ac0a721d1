package org.follicle.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who is signed in, as other modules see it: the account's id (what they store), its name, the name
 * it shows and its granted roles.
 *
 * <p>The admin token of {@code follicle.admin.token} signs in as user {@code admin} without an
 * account: its view has id {@link #NO_ACCOUNT} and {@link #isAccount()} false, so a module that
 * stores something per account asks {@link CurrentUser#requireAccount(Role)} instead.
 *
 * @param id the account's id, or {@link #NO_ACCOUNT} for the admin token
 * @param username the unique name the account signs in with
 * @param displayName the name shown to others (the username when none was given)
 * @param roles the roles granted, without the roles they imply
 */
public record AccountView(long id, String username, String displayName, Set<Role> roles) {

  /** The id of the admin token's view, which belongs to no account. */
  public static final long NO_ACCOUNT = 0;

  public AccountView {
    roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  /** Whether this account has the role, granted or implied (an admin is also a moderator). */
  public boolean has(Role role) {
    return roles.stream().anyMatch(granted -> granted.withImplied().contains(role));
  }

  /** Whether this is a stored account rather than the admin token. */
  public boolean isAccount() {
    return id != NO_ACCOUNT;
  }
}
