package org.follicle.summary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored TLDR versions. */
interface TldrVersionRepository extends JpaRepository<TldrVersion, Long> {

  Optional<TldrVersion> findFirstByPaperIdOrderByVersionDesc(long paperId);

  List<TldrVersion> findByPaperIdOrderByVersionAsc(long paperId);
}
