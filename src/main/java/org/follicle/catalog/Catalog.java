package org.follicle.catalog;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue's entry point for other modules: store records, find papers. */
@Service
public class Catalog {

  private final PaperUpsert upsert;
  private final PaperRepository papers;

  Catalog(PaperUpsert upsert, PaperRepository papers) {
    this.upsert = upsert;
    this.papers = papers;
  }

  /** Stores one record, merging it into the paper it describes if the catalogue has it. */
  @Transactional
  public UpsertOutcome upsert(PaperRecord record) {
    return upsert.upsert(record);
  }

  /**
   * Deletes the paper with this PMID (PubMed's DeleteCitation) and remembers the PMID, so that an
   * older file cannot bring it back. Returns whether a paper was removed.
   */
  @Transactional
  public boolean deleteByPmid(String pmid) {
    return upsert.delete(Pmid.parse(pmid));
  }

  /** The paper with this id, whole. */
  @Transactional(readOnly = true)
  public Optional<PaperDetails> paper(long id) {
    return papers.findById(id).map(Paper::toDetails);
  }

  /** The id of the paper with this DOI. */
  @Transactional(readOnly = true)
  public Optional<Long> idByDoi(Doi doi) {
    return papers.findByDoi(doi.value()).map(Paper::getId);
  }

  /** The id of the paper with this PMID. */
  @Transactional(readOnly = true)
  public Optional<Long> idByPmid(String pmid) {
    return papers.findByPmid(Pmid.parse(pmid)).map(Paper::getId);
  }

  /** How many papers the catalogue holds. */
  @Transactional(readOnly = true)
  public long size() {
    return papers.count();
  }
}
