package org.follicle.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

/** PMIDs deleted from PubMed. */
interface PaperTombstoneRepository extends JpaRepository<PaperTombstone, String> {}
