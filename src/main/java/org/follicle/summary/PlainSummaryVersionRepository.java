package org.follicle.summary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored versions of plain-language summaries. */
interface PlainSummaryVersionRepository extends JpaRepository<PlainSummaryVersion, Long> {

  Optional<PlainSummaryVersion> findFirstByPaperIdOrderByVersionDesc(long paperId);

  List<PlainSummaryVersion> findByPaperIdOrderByVersionAsc(long paperId);
}
