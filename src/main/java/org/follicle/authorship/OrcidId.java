package org.follicle.authorship;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ORCID iD in its normalised form, such as {@code 0000-0002-1825-0097}.
 *
 * @param value the sixteen characters in four groups of four, the last one possibly {@code X}
 */
record OrcidId(String value) {

  private static final Pattern FORM = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");
  private static final Pattern URL_PREFIX =
      Pattern.compile("^(https?://)?(www\\.)?orcid\\.org/", Pattern.CASE_INSENSITIVE);

  /**
   * The iD written bare or as an orcid.org address; empty when it is missing or not a well-formed
   * ORCID iD (the check character must match, as ORCID computes it, ISO 7064 MOD 11-2).
   */
  static Optional<OrcidId> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String bare = URL_PREFIX.matcher(written.strip()).replaceFirst("").toUpperCase(Locale.ROOT);
    if (!FORM.matcher(bare).matches() || checkCharacter(bare) != bare.charAt(18)) {
      return Optional.empty();
    }
    return Optional.of(new OrcidId(bare));
  }

  /** The address of the iD's public record at ORCID. */
  String url() {
    return "https://orcid.org/" + value;
  }

  private static char checkCharacter(String bare) {
    int total = 0;
    for (char c : bare.substring(0, 18).replace("-", "").toCharArray()) {
      total = (total + (c - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    return result == 10 ? 'X' : (char) ('0' + result);
  }
}
