package org.follicle.authorship;

import com.google.common.net.InternetDomainName;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a confirmed e-mail address is at an institution printed in an affiliation: the
 * affiliation's addresses and bare domains ("Electronic address: x@med.univ.edu", "www.univ.edu")
 * are compared with the address by registrable domain (the public suffix list's, so {@code
 * med.univ.edu} and {@code univ.edu} match, {@code ox.ac.uk} and {@code cam.ac.uk} do not).
 */
final class AffiliationDomains {

  // A host name of two or more labels with a letter-only last label: "univ.edu", "med.univ.edu".
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?<![\\w.-])(?:[\\w.+-]+@)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,24})(?![\\w-])",
          Pattern.CASE_INSENSITIVE);

  // Anyone can have an address at these: a match would verify strangers.
  private static final Set<String> FREE_MAIL =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "yahoo.com",
          "hotmail.com",
          "outlook.com",
          "live.com",
          "msn.com",
          "aol.com",
          "icloud.com",
          "me.com",
          "mail.com",
          "gmx.com",
          "gmx.de",
          "gmx.net",
          "web.de",
          "yandex.ru",
          "mail.ru",
          "qq.com",
          "163.com",
          "126.com",
          "sina.com",
          "foxmail.com",
          "naver.com",
          "hanmail.net",
          "protonmail.com",
          "proton.me",
          "rediffmail.com",
          "yahoo.co.jp",
          "yahoo.co.uk",
          "hotmail.co.uk");

  private AffiliationDomains() {}

  /**
   * Why the address is at the affiliation's institution ("your confirmed address is at univ.edu, as
   * is med.univ.edu in the affiliation"), or empty when it is not or either side names no
   * institution.
   */
  static Optional<String> match(String affiliation, String email) {
    if (affiliation == null || email == null || email.indexOf('@') < 0) {
      return Optional.empty();
    }
    String ownDomain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    Optional<String> own = registrable(ownDomain);
    if (own.isEmpty() || FREE_MAIL.contains(own.get())) {
      return Optional.empty();
    }
    for (String printed : domains(affiliation)) {
      if (registrable(printed).equals(own)) {
        return Optional.of(
            "your confirmed address is at %s, and the affiliation printed for this author names %s"
                .formatted(ownDomain, printed));
      }
    }
    return Optional.empty();
  }

  private static Set<String> domains(String affiliation) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = DOMAIN.matcher(affiliation);
    while (matcher.find()) {
      found.add(matcher.group(1).toLowerCase(Locale.ROOT));
    }
    return found;
  }

  private static Optional<String> registrable(String domain) {
    if (!InternetDomainName.isValid(domain)) {
      return Optional.empty();
    }
    InternetDomainName name = InternetDomainName.from(domain);
    return name.isUnderPublicSuffix()
        ? Optional.of(name.topPrivateDomain().toString())
        : Optional.empty();
  }
}
