package org.follicle.summary;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;

/** The stored TLDR versions. */
interface TldrVersionRepository extends SummaryTextVersions<TldrVersion> {

  @Query(
      "select v from TldrVersion v where v.paperId in :ids and v.version ="
          + " (select max(w.version) from TldrVersion w where w.paperId = v.paperId)")
  List<TldrVersion> findCurrentByPaperIdIn(Collection<Long> ids);
}
