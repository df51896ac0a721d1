package org.follicle.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One-time tokens for confirmation and reset links: random, stored hashed, used once. */
@Component
class MailedTokens {

  private final AccountTokenRepository tokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  MailedTokens(AccountTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** A new token for the account; earlier tokens of the same purpose stop working. */
  @Transactional
  String issue(long accountId, TokenPurpose purpose) {
    tokens.deleteByAccountAndPurpose(accountId, purpose);
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    tokens.save(
        new AccountToken(
            hash(token), accountId, purpose, clock.instant().plus(purpose.lifetime())));
    return token;
  }

  /** The account the token was issued to, using the token up; rejected when unknown or expired. */
  @Transactional
  long redeem(String token, TokenPurpose purpose) {
    AccountToken stored =
        tokens
            .findById(hash(token == null ? "" : token))
            .filter(t -> t.purpose() == purpose)
            .orElseThrow(
                () -> new AccountRejected("token", "This link is not valid or was already used"));
    tokens.delete(stored);
    if (stored.expiredAt(clock.instant())) {
      throw new AccountRejected("token", "This link has expired; ask for a new one");
    }
    return stored.accountId();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
