package org.follicle.account;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' life: sign-up and confirmation, password reset, profile, roles, deletion with an
 * export. The command line creates accounts through {@link #createConfirmed}.
 */
@Service
public class Accounts {

  private final AccountRepository accounts;
  private final MailedTokens tokens;
  private final AccountMail mail;
  private final PasswordEncoder passwords;
  private final SignedInSessions sessions;
  private final List<AccountDataExport> exports;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Accounts(
      AccountRepository accounts,
      MailedTokens tokens,
      AccountMail mail,
      PasswordEncoder passwords,
      SignedInSessions sessions,
      List<AccountDataExport> exports,
      ApplicationEventPublisher events,
      Clock clock) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.mail = mail;
    this.passwords = passwords;
    this.sessions = sessions;
    this.exports = exports;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Creates an account whose address counts as confirmed, with the reader role and the given ones
   * (the {@code user create} command; {@code --admin} adds the admin role).
   *
   * @return the new account's view
   * @throws IllegalArgumentException naming the field when a value is refused or taken
   */
  @Transactional
  public AccountView createConfirmed(
      String username, String email, String password, Set<Role> roles) {
    try {
      Account account = newAccount(username, email, password);
      account.confirmEmail(clock.instant());
      roles.forEach(role -> account.grant(role, clock.instant(), "command line"));
      return new AccountPrincipal(accounts.save(account)).view();
    } catch (AccountRejected e) {
      // Without its cause: the command line prints the innermost message, this one.
      throw new IllegalArgumentException(e.field() + ": " + e.getReason());
    }
  }

  /**
   * A new reader whose address still needs confirming; the mail with the link goes out. An address
   * that already has an account is not revealed: its owner gets a mail saying so instead.
   */
  @Transactional
  void signUp(String username, String email, String password) {
    String address = AccountRules.email(email);
    var existing = accounts.findByEmailKey(Account.key(address));
    if (existing.isPresent()) {
      AccountRules.username(username);
      AccountRules.password(password);
      mail.addressAlreadyUsed(existing.get().email(), existing.get().username());
      return;
    }
    Account account = accounts.save(newAccount(username, address, password));
    mail.confirmation(
        account.email(),
        account.username(),
        tokens.issue(account.id(), TokenPurpose.CONFIRM_EMAIL));
  }

  /** Confirms the address the token was mailed to; the account may then sign in. */
  @Transactional
  AccountView confirm(String token) {
    Account account = byId(tokens.redeem(token, TokenPurpose.CONFIRM_EMAIL));
    account.confirmEmail(clock.instant());
    return new AccountPrincipal(account).view();
  }

  /** Mails a reset link when an account has the address; says nothing either way. */
  @Transactional
  void requestPasswordReset(String email) {
    if (email == null || email.isBlank()) {
      throw new AccountRejected("email", "Give the address of your account");
    }
    accounts
        .findByEmailKey(Account.key(email))
        .ifPresent(
            account ->
                mail.passwordReset(
                    account.email(),
                    account.username(),
                    tokens.issue(account.id(), TokenPurpose.RESET_PASSWORD)));
  }

  /**
   * Sets the new password of the account the reset token was mailed to, which also confirms its
   * address, and signs it out everywhere.
   */
  @Transactional
  void resetPassword(String token, String newPassword) {
    AccountRules.password(newPassword);
    Account account = byId(tokens.redeem(token, TokenPurpose.RESET_PASSWORD));
    account.changePassword(passwords.encode(newPassword));
    account.confirmEmail(clock.instant());
    sessions.signOutEverywhere(account.username());
  }

  @Transactional(readOnly = true)
  AccountDetails details(long id) {
    return AccountDetails.of(byId(id));
  }

  @Transactional(readOnly = true)
  AccountDetails publicProfile(String username) {
    return accounts
        .findByUsernameKey(Account.key(username))
        .filter(Account::confirmed)
        .map(AccountDetails::of)
        .orElseThrow(() -> new NoSuchElementException("No user is named " + username));
  }

  @Transactional
  AccountDetails editProfile(long id, String displayName, String bio) {
    Account account = byId(id);
    account.editProfile(
        AccountRules.profileText("displayName", displayName, AccountRules.MAX_DISPLAY_NAME),
        AccountRules.profileText("bio", bio, AccountRules.MAX_BIO));
    return AccountDetails.of(account);
  }

  /** Everything Follicle keeps for the account: its own fields and each module's part. */
  @Transactional(readOnly = true)
  Map<String, Object> export(long id) {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("account", AccountDetails.of(byId(id)));
    exports.forEach(part -> export.put(part.name(), part.export(id)));
    return export;
  }

  /**
   * Deletes the account once its password is given again, returning its export; modules hear of it
   * through {@link AccountDeleted}, and its sessions end.
   */
  @Transactional
  Map<String, Object> delete(long id, String password) {
    Account account = byId(id);
    if (password == null || !passwords.matches(password, account.passwordHash())) {
      throw new AccountRejected("password", "That is not the password of this account");
    }
    Map<String, Object> export = export(id);
    accounts.delete(account);
    events.publishEvent(new AccountDeleted(id, account.username()));
    sessions.signOutEverywhere(account.username());
    return export;
  }

  /**
   * Where to mail the account and how to greet it; empty when it was deleted or its address is not
   * confirmed yet.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<AccountContact> contact(long accountId) {
    return accounts
        .findById(accountId)
        .filter(Account::confirmed)
        .map(account -> new AccountContact(account.email(), account.shownName()));
  }

  /** A page of accounts after the given id, oldest first. */
  @Transactional(readOnly = true)
  List<AccountDetails> page(long afterId, int limit) {
    return accounts.findByIdGreaterThanOrderByIdAsc(afterId, Limit.of(limit)).stream()
        .map(AccountDetails::of)
        .toList();
  }

  /**
   * Gives the account exactly these roles (reader is always kept). The account signs in again to
   * use them: its sessions end, so a revoked role stops at once.
   */
  @Transactional
  AccountDetails setRoles(String username, Set<Role> roles, AccountView by) {
    Account account =
        accounts
            .findByUsernameKey(Account.key(username))
            .orElseThrow(() -> new NoSuchElementException("No user is named " + username));
    EnumSet<Role> wanted = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    wanted.add(Role.READER);
    if (account.id() == by.id() && !wanted.contains(Role.ADMIN)) {
      throw new AccountRejected("roles", "Admins cannot take the admin role from themselves");
    }
    for (Role role : Role.values()) {
      if (!wanted.contains(role)) {
        account.revoke(role);
      } else if (!account.roles().contains(role)) {
        account.grant(role, clock.instant(), by.username());
      }
    }
    sessions.signOutEverywhere(account.username());
    return AccountDetails.of(account);
  }

  /** The account's address if it is confirmed (a module verifying something by its domain). */
  @Transactional(readOnly = true)
  public Optional<String> confirmedEmail(long accountId) {
    return accounts.findById(accountId).filter(Account::confirmed).map(Account::email);
  }

  /**
   * Gives the account a role, noting what granted it (such as a module's verification); an account
   * that has the role already keeps its grant. It takes effect at the account's next sign-in.
   */
  @Transactional
  public void grantRole(long accountId, Role role, String grantedBy) {
    Account account = byId(accountId);
    if (!account.roles().contains(role)) {
      account.grant(role, clock.instant(), grantedBy);
    }
  }

  /**
   * Takes the role back if, and only if, it was granted by {@code grantedBy} (a role an admin gave
   * stays), ending the account's sessions so it stops at once.
   *
   * @return whether the role was taken back
   */
  @Transactional
  public boolean revokeRoleGrantedBy(long accountId, Role role, String grantedBy) {
    Optional<Account> found = accounts.findById(accountId);
    if (found.isEmpty()
        || found.get().grants().stream()
            .noneMatch(g -> g.role() == role && g.grantedBy().equals(grantedBy))) {
      return false;
    }
    found.get().revoke(role);
    sessions.signOutEverywhere(found.get().username());
    return true;
  }

  private Account newAccount(String username, String email, String password) {
    String name = AccountRules.username(username);
    String address = AccountRules.email(email);
    AccountRules.password(password);
    if (accounts.existsByUsernameKey(Account.key(name))) {
      throw new AccountRejected("username", "The username '" + name + "' is taken");
    }
    if (accounts.existsByEmailKey(Account.key(address))) {
      throw new AccountRejected("email", "An account already has the address " + address);
    }
    Account account = new Account(name, address, passwords.encode(password), clock.instant());
    account.grant(Role.READER, clock.instant(), "sign-up");
    return account;
  }

  private Account byId(long id) {
    return accounts
        .findById(id)
        .orElseThrow(() -> new NoSuchElementException("No account has id " + id));
  }
}
