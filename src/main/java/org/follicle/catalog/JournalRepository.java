package org.follicle.catalog;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored journals, found by ISSN or name. */
interface JournalRepository extends JpaRepository<Journal, Long> {

  @Query(
      "select j from Journal j where j.issnPrint in (:issns) or j.issnElectronic in (:issns)"
          + " order by j.id")
  java.util.List<Journal> findByAnyIssn(java.util.Collection<String> issns);

  Optional<Journal> findByNameKey(String nameKey);

  java.util.List<Journal> findByNameKeyIn(java.util.Collection<String> nameKeys);
}
