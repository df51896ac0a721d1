package org.follicle.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Personal API tokens: created, listed and revoked by their owner, looked up by the bearer sign-in,
 * and listed in the owner's data export. Tokens expire after 1 to 365 days (365 unless the owner
 * says less), so a forgotten one stops working within a year.
 */
@Component
class ApiTokens implements AccountDataExport {

  static final int MAX_PER_ACCOUNT = 20;
  static final int MAX_DAYS = 365;
  static final int NAME_LENGTH = 80;
  private static final String SECRET_START = "fl_";
  private static final int PREFIX_LENGTH = 10;
  // Writing the last use once a minute at most keeps reads from writing on every request.
  private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Creates a token for the account; its secret is in the answer and nowhere else. */
  @Transactional
  IssuedApiToken create(long accountId, String name, Integer expiresInDays) {
    String shownName = name == null ? "" : name.strip();
    if (shownName.isEmpty() || shownName.length() > NAME_LENGTH) {
      throw new AccountRejected(
          "name", "Give the token a name of 1 to " + NAME_LENGTH + " characters");
    }
    int days = expiresInDays == null ? MAX_DAYS : expiresInDays;
    if (days < 1 || days > MAX_DAYS) {
      throw new AccountRejected(
          "expiresInDays", "A token expires after 1 to " + MAX_DAYS + " days; this was " + days);
    }
    // Counted under the account row's lock, so two requests cannot both take the last place.
    jdbc.sql("select id from account where id = ? for update")
        .param(accountId)
        .query()
        .listOfRows();
    if (list(accountId).size() >= MAX_PER_ACCOUNT) {
      throw new ResponseStatusException(
          HttpStatus.CONFLICT,
          "An account keeps at most " + MAX_PER_ACCOUNT + " tokens; revoke one first");
    }
    String secret = newSecret();
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofDays(days));
    jdbc.sql(
            "insert into account_api_token (account_id, name, token_prefix, token_hash,"
                + " created_at, expires_at) values (?, ?, ?, ?, ?, ?)")
        .params(accountId, shownName, prefix(secret), hash(secret), time(now), time(expires))
        .update();
    ApiTokenListing created =
        jdbc.sql(
                "select id, name, token_prefix, created_at, last_used_at, expires_at"
                    + " from account_api_token where token_hash = ?")
            .param(hash(secret))
            .query(ApiTokens::row)
            .single();
    return new IssuedApiToken(secret, created);
  }

  /** The account's tokens, newest first. */
  List<ApiTokenListing> list(long accountId) {
    return jdbc.sql(
            "select id, name, token_prefix, created_at, last_used_at, expires_at"
                + " from account_api_token where account_id = ? order by created_at desc, id desc")
        .param(accountId)
        .query(ApiTokens::row)
        .list();
  }

  /**
   * Deletes one of the account's tokens.
   *
   * @throws ResponseStatusException 404 when the account has no token of that id
   */
  @Transactional
  void revoke(long accountId, long tokenId) {
    int deleted =
        jdbc.sql("delete from account_api_token where id = ? and account_id = ?")
            .params(tokenId, accountId)
            .update();
    if (deleted == 0) {
      throw new ResponseStatusException(
          HttpStatus.NOT_FOUND, "You have no API token with id " + tokenId);
    }
  }

  /**
   * The account a secret belongs to, if the token exists and has not expired; notes its use.
   * Unexpired tokens of deleted accounts are gone with them (the foreign key cascades).
   */
  @Transactional
  Optional<Long> accountOf(String secret) {
    Instant now = clock.instant();
    String hash = hash(secret);
    Optional<Long> account =
        jdbc.sql("select account_id from account_api_token where token_hash = ? and expires_at > ?")
            .params(hash, time(now))
            .query(Long.class)
            .optional();
    if (account.isPresent()) {
      jdbc.sql(
              "update account_api_token set last_used_at = ? where token_hash = ?"
                  + " and (last_used_at is null or last_used_at < ?)")
          .params(time(now), hash, time(now.minus(LAST_USE_STEP)))
          .update();
    }
    return account;
  }

  @Override
  public String name() {
    return "apiTokens";
  }

  @Override
  public Object export(long accountId) {
    return list(accountId);
  }

  private String newSecret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return SECRET_START + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String prefix(String secret) {
    return secret.substring(0, Math.min(PREFIX_LENGTH, secret.length()));
  }

  /**
   * A fast hash is enough here, unlike for passwords: the secret is 256 random bits, so nobody can
   * try enough guesses against a stolen hash for a slow hash to matter, and each API request can
   * afford to compute it.
   */
  private static String hash(String secret) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static OffsetDateTime time(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static ApiTokenListing row(ResultSet rs, int rowNum) throws SQLException {
    return new ApiTokenListing(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("token_prefix"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("last_used_at")),
        instant(rs.getTimestamp("expires_at")));
  }
}
