package org.follicle.account;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An account as its owner, an admin and the export see it (never the password hash).
 *
 * @param roles the granted roles, with when and by whom
 */
record AccountDetails(
    long id,
    String username,
    String email,
    String displayName,
    String bio,
    boolean emailConfirmed,
    Instant createdAt,
    List<Grant> roles) {

  /** One granted role. */
  record Grant(String role, Instant grantedAt, String grantedBy) {}

  static AccountDetails of(Account account) {
    return new AccountDetails(
        account.id(),
        account.username(),
        account.email(),
        account.displayName(),
        account.bio(),
        account.confirmed(),
        account.createdAt(),
        account.grants().stream()
            .sorted(Comparator.comparing(RoleGrant::role))
            .map(
                g ->
                    new Grant(
                        g.role().name().toLowerCase(java.util.Locale.ROOT),
                        g.grantedAt(),
                        g.grantedBy()))
            .toList());
  }

  /** The display name, or the username when none was given. */
  public String shownName() {
    return displayName == null ? username : displayName;
  }

  public boolean has(String role) {
    return roles.stream().anyMatch(g -> g.role().equals(role));
  }
}
