package org.follicle.authorship;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What verified a claim. */
enum Verification {
  /** A moderator approved it. */
  MODERATOR,
  /** The claimant's confirmed address is at the domain printed in the author's affiliation. */
  EMAIL_DOMAIN,
  /** The ORCID iD the claimant linked by signing in at ORCID is the author's in the catalogue. */
  ORCID;

  /** The name in JSON, lower case like every other status in the API. */
  @JsonValue
  String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
