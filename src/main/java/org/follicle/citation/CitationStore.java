package org.follicle.citation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The citation tables: papers with their keys and counts, and reference lists with their links. */
@Repository
class CitationStore {

  private static final String PAPER_COLUMNS =
      "paper_id, doi, pmid, pmcid, title_words, title_prefix, author_key, pub_year, retracted";
  private static final String REFERENCE_COLUMNS =
      "citing_paper_id, seq, doi, pmid, pmcid, title_words, title_prefix, author_key, ref_year,"
          + " cited_paper_id, method, confidence";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  /** Written only inside the graph's lock, which runs one change at a time. */
  private final SortedSet<Long> changedCounts = new TreeSet<>();

  CitationStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Records a paper's keys, keeping its counts; a paper seen for the first time counts zeros. */
  void savePaper(PaperKeys p) {
    int updated =
        jdbc.sql(
                "update citation_paper set doi = ?, pmid = ?, pmcid = ?, title_words = ?,"
                    + " title_prefix = ?, author_key = ?, pub_year = ?, retracted = ?"
                    + " where paper_id = ?")
            .params(
                p.doi(),
                p.pmid(),
                p.pmcid(),
                p.titleWords(),
                p.titlePrefix(),
                p.authorKey(),
                p.year(),
                p.retracted(),
                p.paperId())
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into citation_paper ("
                  + PAPER_COLUMNS
                  + ", cited_by, references_total, references_resolved)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)")
          .params(
              p.paperId(),
              p.doi(),
              p.pmid(),
              p.pmcid(),
              p.titleWords(),
              p.titlePrefix(),
              p.authorKey(),
              p.year(),
              p.retracted())
          .update();
    }
  }

  /** The ids of the papers with these values in a column (doi, pmid or pmcid), by value. */
  Map<String, Long> papersBy(String column, Collection<String> values) {
    Map<String, Long> found = new HashMap<>();
    if (values.isEmpty()) {
      return found;
    }
    jdbc.sql(
            "select %s, paper_id from citation_paper where %s in (:values) order by paper_id"
                .formatted(column, column))
        .param("values", values)
        .query((rs, n) -> found.putIfAbsent(rs.getString(1), rs.getLong(2)))
        .list();
    return found;
  }

  /** Papers whose title starts alike, or by the same first author within a year. */
  List<PaperKeys> titleCandidates(ReferenceKeys r) {
    String where = titleOrAuthorYear(r.titlePrefix(), r.authorKey(), r.year(), "pub_year");
    if (where == null) {
      return List.of();
    }
    return bindTitleOrAuthorYear(
            jdbc.sql(
                "select "
                    + PAPER_COLUMNS
                    + " from citation_paper where "
                    + where
                    + " order by paper_id"),
            r.titlePrefix(),
            r.authorKey(),
            r.year())
        .query(CitationStore::paperKeys)
        .list();
  }

  /**
   * The condition "same title prefix, or same first author within a year" over what is known; null
   * values are left out of the SQL rather than bound, as PostgreSQL cannot type a null parameter.
   */
  private static String titleOrAuthorYear(
      String prefix, String author, Integer year, String yearColumn) {
    List<String> any = new java.util.ArrayList<>();
    if (prefix != null && !prefix.isEmpty()) {
      any.add("title_prefix = :prefix");
    }
    if (author != null && year != null) {
      any.add("(author_key = :author and %s between :from and :to)".formatted(yearColumn));
    }
    return any.isEmpty() ? null : "(" + String.join(" or ", any) + ")";
  }

  private static JdbcClient.StatementSpec bindTitleOrAuthorYear(
      JdbcClient.StatementSpec sql, String prefix, String author, Integer year) {
    if (prefix != null && !prefix.isEmpty()) {
      sql = sql.param("prefix", prefix);
    }
    if (author != null && year != null) {
      sql = sql.param("author", author).param("from", year - 1).param("to", year + 1);
    }
    return sql;
  }

  Optional<PaperKeys> paper(long paperId) {
    return jdbc.sql("select " + PAPER_COLUMNS + " from citation_paper where paper_id = ?")
        .param(paperId)
        .query(CitationStore::paperKeys)
        .optional();
  }

  /** The stored reference list of a paper, in order. */
  List<ReferenceRow> references(long citingPaperId) {
    return jdbc.sql(
            "select "
                + REFERENCE_COLUMNS
                + " from citation_reference where citing_paper_id = ? order by seq")
        .param(citingPaperId)
        .query(CitationStore::referenceRow)
        .list();
  }

  /**
   * Takes down a paper's reference list: each paper it cited is cited once less per link, and the
   * paper's own totals fall to zero.
   */
  void removeReferences(long citingPaperId) {
    adjustCitedBy(
        jdbc.sql(
                "select cited_paper_id, count(*) from citation_reference where citing_paper_id = ?"
                    + " and cited_paper_id is not null group by cited_paper_id")
            .param(citingPaperId)
            .query(CitationStore::idAndCount)
            .list(),
        -1);
    jdbc.sql("delete from citation_reference where citing_paper_id = ?")
        .param(citingPaperId)
        .update();
    jdbc.sql(
            "update citation_paper set references_total = 0, references_resolved = 0"
                + " where paper_id = ?")
        .param(citingPaperId)
        .update();
  }

  /** Stores a paper's reference list (after {@link #removeReferences}) and counts its links. */
  void addReferences(long citingPaperId, List<ReferenceRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        "insert into citation_reference ("
            + REFERENCE_COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        rows.size(),
        (statement, row) -> {
          ReferenceKeys k = row.keys();
          Object[] values = {
            citingPaperId,
            row.seq(),
            k.doi(),
            k.pmid(),
            k.pmcid(),
            k.titleWords(),
            k.titlePrefix(),
            k.authorKey(),
            k.year(),
            row.citedPaperId(),
            row.method() == null ? null : row.method().name(),
            row.confidence()
          };
          int[] types = {
            Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.DOUBLE
          };
          for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i], types[i]);
          }
        });
    Map<Long, Integer> cited = new LinkedHashMap<>();
    rows.stream()
        .filter(ReferenceRow::resolved)
        .forEach(r -> cited.merge(r.citedPaperId(), 1, Integer::sum));
    adjustCitedBy(
        cited.entrySet().stream().map(e -> new long[] {e.getKey(), e.getValue()}).toList(), 1);
    jdbc.sql(
            "update citation_paper set references_total = ?, references_resolved = ?"
                + " where paper_id = ?")
        .params(
            rows.size(), cited.values().stream().mapToInt(Integer::intValue).sum(), citingPaperId)
        .update();
  }

  /** Unresolved references of other papers that carry one of this paper's identifiers. */
  List<ReferenceRow> waitingByIdentifier(PaperKeys p) {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("doi", p.doi());
    ids.put("pmid", p.pmid());
    ids.put("pmcid", p.pmcid());
    ids.values().removeIf(java.util.Objects::isNull);
    if (ids.isEmpty()) {
      return List.of();
    }
    String any = String.join(" or ", ids.keySet().stream().map(c -> c + " = :" + c).toList());
    JdbcClient.StatementSpec sql =
        jdbc.sql(
            "select "
                + REFERENCE_COLUMNS
                + " from citation_reference where cited_paper_id is null and ("
                + any
                + ") order by citing_paper_id, seq");
    for (Map.Entry<String, String> id : ids.entrySet()) {
      sql = sql.param(id.getKey(), id.getValue());
    }
    return sql.query(CitationStore::referenceRow).list();
  }

  /** Unresolved references whose title starts like this paper's, or by its first author. */
  List<ReferenceRow> waitingByTitle(PaperKeys p) {
    String where = titleOrAuthorYear(p.titlePrefix(), p.authorKey(), p.year(), "ref_year");
    if (where == null) {
      return List.of();
    }
    return bindTitleOrAuthorYear(
            jdbc.sql(
                "select "
                    + REFERENCE_COLUMNS
                    + " from citation_reference where cited_paper_id is null and "
                    + where
                    + " order by citing_paper_id, seq"),
            p.titlePrefix(),
            p.authorKey(),
            p.year())
        .query(CitationStore::referenceRow)
        .list();
  }

  /** Links an unresolved reference to a paper and counts it; false if it was linked meanwhile. */
  boolean link(ReferenceRow row) {
    int updated =
        jdbc.sql(
                "update citation_reference set cited_paper_id = ?, method = ?, confidence = ?"
                    + " where citing_paper_id = ? and seq = ? and cited_paper_id is null")
            .params(
                row.citedPaperId(),
                row.method().name(),
                row.confidence(),
                row.citingPaperId(),
                row.seq())
            .update();
    if (updated == 1) {
      adjustCitedBy(List.of(new long[] {row.citedPaperId(), 1}), 1);
      jdbc.sql(
              "update citation_paper set references_resolved = references_resolved + 1"
                  + " where paper_id = ?")
          .param(row.citingPaperId())
          .update();
    }
    return updated == 1;
  }

  /**
   * Unlinks every reference to a paper that left the catalogue, so that the references wait for it
   * again; the papers citing it count one resolved reference less per link.
   */
  void unlinkCitationsOf(long citedPaperId) {
    for (long[] citing :
        jdbc.sql(
                "select citing_paper_id, count(*) from citation_reference where cited_paper_id = ?"
                    + " group by citing_paper_id")
            .param(citedPaperId)
            .query(CitationStore::idAndCount)
            .list()) {
      jdbc.sql(
              "update citation_paper set references_resolved = references_resolved - ?"
                  + " where paper_id = ?")
          .params(citing[1], citing[0])
          .update();
    }
    jdbc.sql(
            "update citation_reference set cited_paper_id = null, method = null, confidence = null"
                + " where cited_paper_id = ?")
        .param(citedPaperId)
        .update();
  }

  void deletePaper(long paperId) {
    jdbc.sql("delete from citation_paper where paper_id = ?").param(paperId).update();
  }

  /** The counts of a paper, if the citation tables know it. */
  Optional<int[]> counts(long paperId) {
    return jdbc.sql(
            "select cited_by, references_resolved, references_total from citation_paper"
                + " where paper_id = ?")
        .param(paperId)
        .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)})
        .optional();
  }

  /** The non-zero cited-by counts of these papers, by paper id, read in one query. */
  Map<Long, Integer> citedBy(Collection<Long> paperIds) {
    Map<Long, Integer> counts = new HashMap<>();
    jdbc.sql(
            "select paper_id, cited_by from citation_paper where paper_id in (:ids) and cited_by > 0")
        .param("ids", paperIds)
        .query((RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getInt(2)));
    return counts;
  }

  /** The distinct papers citing this one with an id below {@code before}, highest id first. */
  List<Long> citingPapers(long citedPaperId, long before, int limit) {
    return jdbc.sql(
            ("select distinct citing_paper_id from citation_reference where cited_paper_id = ?"
                    + " and citing_paper_id < ? order by citing_paper_id desc"
                    + " fetch first %d rows only")
                .formatted(limit))
        .params(citedPaperId, before)
        .query(Long.class)
        .list();
  }

  /**
   * How many times the paper was cited by papers of each publication year; unknown years left out.
   */
  Map<Integer, Integer> citationsPerYear(long citedPaperId) {
    Map<Integer, Integer> perYear = new java.util.TreeMap<>();
    jdbc.sql(
            "select p.pub_year, count(*) from citation_reference r join citation_paper p"
                + " on p.paper_id = r.citing_paper_id where r.cited_paper_id = ?"
                + " and p.pub_year is not null group by p.pub_year")
        .param(citedPaperId)
        .query((rs, n) -> perYear.put(rs.getInt(1), rs.getInt(2)))
        .list();
    return perYear;
  }

  /** The retracted papers that this paper's references are linked to. */
  List<Long> retractedCited(long citingPaperId) {
    return jdbc.sql(
            "select distinct r.cited_paper_id from citation_reference r join citation_paper p"
                + " on p.paper_id = r.cited_paper_id where r.citing_paper_id = ? and p.retracted"
                + " order by r.cited_paper_id")
        .param(citingPaperId)
        .query(Long.class)
        .list();
  }

  /** Papers cited in the same reference lists as this one, by how many lists. */
  List<Citations.Shared> citedTogether(long paperId, int limit) {
    return jdbc.sql(
            ("select b.cited_paper_id, count(distinct a.citing_paper_id) as n"
                    + " from citation_reference a join citation_reference b"
                    + " on b.citing_paper_id = a.citing_paper_id where a.cited_paper_id = ?"
                    + " and b.cited_paper_id is not null and b.cited_paper_id <> ?"
                    + " group by b.cited_paper_id order by n desc, b.cited_paper_id"
                    + " fetch first %d rows only")
                .formatted(limit))
        .params(paperId, paperId)
        .query((rs, n) -> new Citations.Shared(rs.getLong(1), rs.getInt(2)))
        .list();
  }

  /** Papers whose reference lists share resolved references with this one's, by how many. */
  List<Citations.Shared> sharingReferences(long paperId, int limit) {
    return jdbc.sql(
            ("select b.citing_paper_id, count(distinct a.cited_paper_id) as n"
                    + " from citation_reference a join citation_reference b"
                    + " on b.cited_paper_id = a.cited_paper_id where a.citing_paper_id = ?"
                    + " and b.citing_paper_id <> ?"
                    + " group by b.citing_paper_id order by n desc, b.citing_paper_id"
                    + " fetch first %d rows only")
                .formatted(limit))
        .params(paperId, paperId)
        .query((rs, n) -> new Citations.Shared(rs.getLong(1), rs.getInt(2)))
        .list();
  }

  /** Forgets every link and count, before a rebuild. */
  void clear() {
    changedCounts.addAll(
        jdbc.sql("select paper_id from citation_paper where cited_by > 0")
            .query(Long.class)
            .list());
    jdbc.sql("delete from citation_reference").update();
    jdbc.sql("delete from citation_paper").update();
  }

  /**
   * The papers whose cited-by counts changed since this was last called, in id order; the graph
   * takes them after each change to announce them.
   */
  List<Long> takeChangedCounts() {
    List<Long> changed = List.copyOf(changedCounts);
    changedCounts.clear();
    return changed;
  }

  private void adjustCitedBy(List<long[]> idsAndCounts, int sign) {
    for (long[] entry : idsAndCounts) {
      changedCounts.add(entry[0]);
      jdbc.sql("update citation_paper set cited_by = cited_by + ? where paper_id = ?")
          .params(sign * entry[1], entry[0])
          .update();
    }
  }

  private static long[] idAndCount(ResultSet rs, int n) throws SQLException {
    return new long[] {rs.getLong(1), rs.getLong(2)};
  }

  private static PaperKeys paperKeys(ResultSet rs, int n) throws SQLException {
    return new PaperKeys(
        rs.getLong("paper_id"),
        rs.getString("doi"),
        rs.getString("pmid"),
        rs.getString("pmcid"),
        rs.getString("title_words"),
        rs.getString("title_prefix"),
        rs.getString("author_key"),
        rs.getObject("pub_year", Integer.class),
        rs.getBoolean("retracted"));
  }

  private static ReferenceRow referenceRow(ResultSet rs, int n) throws SQLException {
    String method = rs.getString("method");
    return new ReferenceRow(
        rs.getLong("citing_paper_id"),
        rs.getInt("seq"),
        new ReferenceKeys(
            rs.getString("doi"),
            rs.getString("pmid"),
            rs.getString("pmcid"),
            rs.getString("title_words"),
            rs.getString("title_prefix"),
            rs.getString("author_key"),
            rs.getObject("ref_year", Integer.class)),
        rs.getObject("cited_paper_id", Long.class),
        method == null ? null : ResolutionMethod.valueOf(method),
        rs.getObject("confidence", Double.class));
  }
}
