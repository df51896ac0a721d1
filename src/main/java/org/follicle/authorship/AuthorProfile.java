package org.follicle.authorship;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.follicle.catalog.PartialDate;

/**
 * A verified author as their profile shows them: the papers they are verified on.
 *
 * @param username the account's name
 * @param orcid the ORCID iD the author linked by signing in at ORCID, or null
 * @param papers the verified papers, most recently claimed first
 */
record AuthorProfile(
    @JsonIgnore long accountId, String username, OrcidLink orcid, List<VerifiedPaper> papers) {

  /**
   * One paper the author is verified on.
   *
   * @param date the publication date as precise as known, such as {@code "2024-01"}
   * @param authorPosition the author's 1-based place in the byline
   */
  record VerifiedPaper(
      long paperId,
      String title,
      String journal,
      String date,
      int authorPosition,
      String authorName,
      Verification verifiedBy) {

    /** The date as a reader writes it, such as "January 2024". */
    public String shownDate() {
      return PartialDate.parseIso(date).display();
    }
  }
}
