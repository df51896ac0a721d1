package org.follicle.account;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the account a sign-in names, by its case-insensitive username or e-mail address, or by
 * id for a personal API token.
 */
@Component
class AccountSignIns implements UserDetailsService {

  private final AccountRepository accounts;

  AccountSignIns(AccountRepository accounts) {
    this.accounts = accounts;
  }

  @Override
  @Transactional(readOnly = true)
  public UserDetails loadUserByUsername(String name) {
    String key = Account.key(name);
    return accounts
        .findByUsernameKey(key)
        .or(() -> accounts.findByEmailKey(key))
        .map(AccountPrincipal::new)
        .orElseThrow(() -> new UsernameNotFoundException("no account " + name));
  }

  /** The account of a personal API token, as it is now. */
  @Transactional(readOnly = true)
  Optional<AccountPrincipal> loadById(long id) {
    return accounts.findById(id).map(AccountPrincipal::new);
  }
}
