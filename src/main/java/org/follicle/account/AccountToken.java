package org.follicle.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time token mailed to an account's address, kept only as its hash. */
@Entity
@Table(name = "account_token")
class AccountToken {

  @Id
  @Column(name = "token_hash", length = 64)
  private String tokenHash;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TokenPurpose purpose;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected AccountToken() {}

  AccountToken(String tokenHash, long accountId, TokenPurpose purpose, Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.purpose = purpose;
    this.expiresAt = expiresAt;
  }

  long accountId() {
    return accountId;
  }

  TokenPurpose purpose() {
    return purpose;
  }

  boolean expiredAt(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
