package org.follicle.account;

import java.util.Set;
import java.util.regex.Pattern;

/** What names, addresses, passwords and profiles must look like; each refusal names its field. */
final class AccountRules {

  static final int MIN_PASSWORD = 10;
  static final int MAX_PASSWORD = 200;
  static final int MAX_DISPLAY_NAME = 80;
  static final int MAX_BIO = 2000;

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,39}");
  // Deliberately loose: the confirmation mail is the real check of an address.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  /** Names that would pass for the site or its operators ("admin" is the admin token's user). */
  private static final Set<String> RESERVED =
      Set.of("admin", "administrator", "root", "system", "follicle", "moderator", "support");

  private AccountRules() {}

  static String username(String username) {
    String name = username == null ? "" : username.strip();
    if (!USERNAME.matcher(name).matches()) {
      throw new AccountRejected(
          "username",
          "A username has 3 to 40 letters, digits, '.', '_' or '-', and starts with a letter or"
              + " digit");
    }
    if (RESERVED.contains(Account.key(name))) {
      throw new AccountRejected("username", "The username '" + name + "' is reserved");
    }
    return name;
  }

  static String email(String email) {
    String address = email == null ? "" : email.strip();
    if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
      throw new AccountRejected("email", "That is not an e-mail address");
    }
    return address;
  }

  static String password(String password) {
    if (password == null || password.length() < MIN_PASSWORD) {
      throw new AccountRejected(
          "password", "A password has at least " + MIN_PASSWORD + " characters");
    }
    if (password.length() > MAX_PASSWORD) {
      throw new AccountRejected(
          "password", "A password has at most " + MAX_PASSWORD + " characters");
    }
    return password;
  }

  /** Profile text is kept as typed (pages escape it), without control characters. */
  static String profileText(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String clean = CONTROL.matcher(text.strip()).replaceAll("");
    if (clean.length() > max) {
      throw new AccountRejected(field, "At most " + max + " characters, not " + clean.length());
    }
    return clean;
  }
}
