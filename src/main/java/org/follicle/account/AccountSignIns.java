package org.follicle.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks up the account a sign-in names, by its case-insensitive username or e-mail address. */
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
}
