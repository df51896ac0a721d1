package org.follicle.citation;

import java.sql.Types;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The set-based statements of a whole rebuild: rows written unresolved in batches, identifiers
 * resolved by one statement per kind over a range of citing papers, and every count recomputed from
 * the links at the end. Portable SQL (H2 2.x and PostgreSQL 15).
 */
@Repository
class CitationBulkStore {

  /** Statements per JDBC batch. */
  private static final int BATCH = 1000;

  /**
   * Links each unresolved reference of a range of citing papers that carries the identifier to the
   * lowest-numbered other paper with it: both columns indexed, one statement for the range.
   */
  private static final String LINK_BY_IDENTIFIER =
      "update citation_reference r set cited_paper_id = (select min(p.paper_id) from citation_paper"
          + " p where p.%1$s = r.%1$s and p.paper_id <> r.citing_paper_id), method = '%2$s',"
          + " confidence = 1.0 where r.citing_paper_id between ? and ? and r.cited_paper_id is null"
          + " and r.%1$s is not null and exists (select 1 from citation_paper p where p.%1$s ="
          + " r.%1$s and p.paper_id <> r.citing_paper_id)";

  /**
   * The indexes on the reference table besides its primary key, as the migrations (V16, V36) create
   * them: what finds waiting references and citing papers, none of which a rebuild reads.
   */
  private static final List<String> REFERENCE_INDEXES =
      List.of(
          "citation_reference_doi_idx on citation_reference (doi)",
          "citation_reference_pmid_idx on citation_reference (pmid)",
          "citation_reference_pmcid_idx on citation_reference (pmcid)",
          "citation_reference_title_idx on citation_reference (title_prefix)",
          "citation_reference_author_year_idx on citation_reference (author_key, ref_year)",
          "citation_reference_cited_citing_idx on citation_reference (cited_paper_id,"
              + " citing_paper_id)");

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  CitationBulkStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Drops the reference table's lookup indexes before its rows are written anew: six index writes
   * per row saved, and each index built once at the end, sorted, instead.
   */
  void dropReferenceIndexes() {
    REFERENCE_INDEXES.forEach(
        index -> batch.execute("drop index if exists " + index.substring(0, index.indexOf(' '))));
  }

  /** Creates the lookup indexes the rebuild dropped (or a failed one left dropped). */
  void createReferenceIndexes() {
    REFERENCE_INDEXES.forEach(index -> batch.execute("create index if not exists " + index));
  }

  /** Inserts papers never stored before, each counting its reference list and nothing resolved. */
  void insertPapers(List<PaperKeys> papers, List<Integer> referenceTotals) {
    batch.batchUpdate(
        "insert into citation_paper (paper_id, doi, pmid, pmcid, title_words, title_prefix,"
            + " author_key, pub_year, retracted, cited_by, references_total, references_resolved)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 0)",
        java.util.stream.IntStream.range(0, papers.size()).boxed().toList(),
        BATCH,
        (s, i) -> {
          PaperKeys p = papers.get(i);
          s.setLong(1, p.paperId());
          s.setString(2, p.doi());
          s.setString(3, p.pmid());
          s.setString(4, p.pmcid());
          s.setString(5, p.titleWords());
          s.setString(6, p.titlePrefix());
          s.setString(7, p.authorKey());
          s.setObject(8, p.year(), Types.INTEGER);
          s.setBoolean(9, p.retracted());
          s.setInt(10, referenceTotals.get(i));
        });
  }

  /** Inserts reference rows as they are, links included, counting nothing. */
  void insertReferences(List<ReferenceRow> rows) {
    batch.batchUpdate(
        "insert into citation_reference (citing_paper_id, seq, doi, pmid, pmcid, title_words,"
            + " title_prefix, author_key, ref_year, cited_paper_id, method, confidence)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        BATCH,
        (s, row) -> {
          ReferenceKeys k = row.keys();
          s.setLong(1, row.citingPaperId());
          s.setInt(2, row.seq());
          s.setString(3, k.doi());
          s.setString(4, k.pmid());
          s.setString(5, k.pmcid());
          s.setString(6, k.titleWords());
          s.setString(7, k.titlePrefix());
          s.setString(8, k.authorKey());
          s.setObject(9, k.year(), Types.INTEGER);
          s.setObject(10, row.citedPaperId(), Types.BIGINT);
          s.setString(11, row.method() == null ? null : row.method().name());
          s.setObject(12, row.confidence(), Types.DOUBLE);
        });
  }

  /**
   * Links the unresolved references of the citing papers numbered {@code from} to {@code to} by
   * DOI, then PMID, then PMCID, so that each identifier wins over the ones after it. Returns how
   * many were linked.
   */
  int linkByIdentifiers(long from, long to) {
    int linked = 0;
    for (ResolutionMethod method :
        List.of(ResolutionMethod.DOI, ResolutionMethod.PMID, ResolutionMethod.PMCID)) {
      String column = method.name().toLowerCase(java.util.Locale.ROOT);
      linked +=
          jdbc.sql(LINK_BY_IDENTIFIER.formatted(column, method.name())).params(from, to).update();
    }
    return linked;
  }

  /**
   * The still unresolved references with a title of the citing papers {@code from} to {@code to}.
   */
  List<ReferenceRow> unresolvedWithTitle(long from, long to) {
    return jdbc.sql(
            "select citing_paper_id, seq, doi, pmid, pmcid, title_words, title_prefix, author_key,"
                + " ref_year, cited_paper_id, method, confidence from citation_reference"
                + " where citing_paper_id between ? and ? and cited_paper_id is null"
                + " and title_words is not null order by citing_paper_id, seq")
        .params(from, to)
        .query(CitationStore::referenceRow)
        .list();
  }

  /** Writes these links onto their unresolved rows, counting nothing. */
  void setLinks(List<ReferenceRow> rows) {
    batch.batchUpdate(
        "update citation_reference set cited_paper_id = ?, method = ?, confidence = ?"
            + " where citing_paper_id = ? and seq = ?",
        rows,
        BATCH,
        (s, row) -> {
          s.setLong(1, row.citedPaperId());
          s.setString(2, row.method().name());
          s.setDouble(3, row.confidence());
          s.setLong(4, row.citingPaperId());
          s.setInt(5, row.seq());
        });
  }

  /**
   * Every paper's resolved references and cited-by count, and every per-year count, computed from
   * the links in three statements; the papers start from zero, as a rebuild inserts them.
   */
  void countAll() {
    jdbc.sql(
            "merge into citation_paper p using (select citing_paper_id, count(*) as n"
                + " from citation_reference where cited_paper_id is not null"
                + " group by citing_paper_id) c on p.paper_id = c.citing_paper_id"
                + " when matched then update set references_resolved = c.n")
        .update();
    jdbc.sql(
            "merge into citation_paper p using (select cited_paper_id, count(*) as n"
                + " from citation_reference where cited_paper_id is not null"
                + " group by cited_paper_id) c on p.paper_id = c.cited_paper_id"
                + " when matched then update set cited_by = c.n")
        .update();
    jdbc.sql(
            "insert into citation_year (paper_id, pub_year, citations)"
                + " select r.cited_paper_id, p.pub_year, count(*) from citation_reference r"
                + " join citation_paper p on p.paper_id = r.citing_paper_id"
                + " where r.cited_paper_id is not null and p.pub_year is not null"
                + " group by r.cited_paper_id, p.pub_year")
        .update();
  }

  /** The papers cited at least once, in id order. */
  List<Long> citedPapers() {
    return jdbc.sql("select paper_id from citation_paper where cited_by > 0 order by paper_id")
        .query(Long.class)
        .list();
  }
}
