package org.follicle.account;

import java.util.EnumSet;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who made the current request. Modules call it in their controllers: {@link #require(Role)} before
 * a write (it throws {@link AccessRefused}: 401 when nobody is signed in, 403 without the role),
 * {@link #requireAccount(Role)} when they store something per account.
 */
@Component
public class CurrentUser {

  /** The signed-in user, or empty for an anonymous visitor. */
  public Optional<AccountView> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    if (authentication.getPrincipal() instanceof AccountPrincipal account) {
      return Optional.of(account.view());
    }
    // The admin token (or a test's user): no account, only its roles.
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      for (Role role : Role.values()) {
        if (role.authority().equals(authority.getAuthority())) {
          roles.add(role);
        }
      }
    }
    String name = authentication.getName();
    return Optional.of(new AccountView(AccountView.NO_ACCOUNT, name, name, roles));
  }

  /**
   * The signed-in user if it has the role (granted or implied); else throws {@link AccessRefused}.
   */
  public AccountView require(Role role) {
    AccountView user = current().orElseThrow(AccessRefused::signInRequired);
    if (!user.has(role)) {
      throw AccessRefused.roleRequired(role);
    }
    return user;
  }

  /**
   * As {@link #require(Role)}, and the user must be a stored account (not the admin token), for a
   * module that keeps something per account id.
   */
  public AccountView requireAccount(Role role) {
    AccountView user = require(role);
    if (!user.isAccount()) {
      throw new AccessRefused(
          org.springframework.http.HttpStatus.FORBIDDEN,
          "The admin token has no account; sign in with an account to do this");
    }
    return user;
  }
}
