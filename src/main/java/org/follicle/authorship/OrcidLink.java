package org.follicle.authorship;

import java.time.Instant;

/**
 * The ORCID iD an account proved it owns by signing in at ORCID.
 *
 * @param orcid the iD, such as {@code 0000-0002-1825-0097}
 * @param url its public record at ORCID
 */
record OrcidLink(String orcid, String url, Instant linkedAt) {

  static OrcidLink of(OrcidId id, Instant linkedAt) {
    return new OrcidLink(id.value(), id.url(), linkedAt);
  }
}
