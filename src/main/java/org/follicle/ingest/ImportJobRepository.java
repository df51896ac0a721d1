package org.follicle.ingest;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored import jobs. */
interface ImportJobRepository extends JpaRepository<ImportJob, String> {

  List<ImportJob> findByOrderByCreatedAtDesc(Limit limit);

  List<ImportJob> findByStatusInOrderByCreatedAt(Collection<ImportJob.Status> statuses);
}
