package org.follicle.summary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The stored versions of one kind of summary text, per paper. */
@NoRepositoryBean
interface SummaryTextVersions<V extends SummaryTextVersion> extends JpaRepository<V, Long> {

  Optional<V> findFirstByPaperIdOrderByVersionDesc(long paperId);

  List<V> findByPaperIdOrderByVersionAsc(long paperId);
}
