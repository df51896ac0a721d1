package org.follicle.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in account as Spring Security keeps it in the session (serialised into the database);
 * the password hash is erased once the sign-in is checked.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer, Serializable {

  @Serial private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private final String displayName;
  private final EnumSet<Role> roles;
  private final boolean confirmed;
  private String passwordHash;

  AccountPrincipal(Account account) {
    this.id = account.id();
    this.username = account.username();
    this.displayName = account.shownName();
    this.roles =
        account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
    this.confirmed = account.confirmed();
    this.passwordHash = account.passwordHash();
  }

  AccountView view() {
    return new AccountView(id, username, displayName, roles);
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return roles.stream()
        .flatMap(role -> role.withImplied().stream())
        .map(role -> new SimpleGrantedAuthority(role.authority()))
        .collect(Collectors.toSet());
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  /** An account signs in only once its e-mail address is confirmed. */
  @Override
  public boolean isEnabled() {
    return confirmed;
  }

  @Override
  public void eraseCredentials() {
    passwordHash = null;
  }
}
