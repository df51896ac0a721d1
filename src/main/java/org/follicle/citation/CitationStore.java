package org.follicle.citation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

  /** Values per IN clause. */
  private static final int IN_CHUNK = 1000;

  /** Most citing lists the related-research signals read for one paper. */
  static final int SIGNAL_LISTS = 1000;

  /** Statements per JDBC batch. */
  private static final int BATCH = 1000;

  private static final int[] REFERENCE_TYPES = {
    Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
    Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.BIGINT, Types.VARCHAR, Types.DOUBLE
  };

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;

  /** Written only inside the graph's lock, which runs one change at a time. */
  private final SortedSet<Long> changedCounts = new TreeSet<>();

  CitationStore(JdbcClient jdbc, JdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /**
   * Records these papers' keys, keeping their counts; a paper seen for the first time counts zeros.
   * Three statements for the whole batch.
   */
  void savePapers(List<PaperKeys> papers) {
    if (papers.isEmpty()) {
      return;
    }
    Set<Long> known = new HashSet<>();
    for (List<Long> ids : chunks(papers.stream().map(PaperKeys::paperId).toList())) {
      known.addAll(
          jdbc.sql("select paper_id from citation_paper where paper_id in (:ids)")
              .param("ids", ids)
              .query(Long.class)
              .list());
    }
    List<PaperKeys> update = papers.stream().filter(p -> known.contains(p.paperId())).toList();
    List<PaperKeys> insert = papers.stream().filter(p -> !known.contains(p.paperId())).toList();
    batchPapers(
        "update citation_paper set doi = ?, pmid = ?, pmcid = ?, title_words = ?,"
            + " title_prefix = ?, author_key = ?, pub_year = ?, retracted = ? where paper_id = ?",
        update,
        false);
    batchPapers(
        "insert into citation_paper ("
            + PAPER_COLUMNS
            + ", cited_by, references_total, references_resolved)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
        insert,
        true);
  }

  /** Writes the papers' keys, their id first (insert) or last (update). */
  private void batchPapers(String sql, List<PaperKeys> papers, boolean idFirst) {
    if (papers.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        sql,
        papers,
        papers.size(),
        (statement, p) -> {
          Object[] keys = {
            p.doi(), p.pmid(), p.pmcid(), p.titleWords(), p.titlePrefix(), p.authorKey(), p.year()
          };
          int offset = idFirst ? 2 : 1;
          if (idFirst) {
            statement.setLong(1, p.paperId());
          }
          for (int i = 0; i < keys.length; i++) {
            statement.setObject(offset + i, keys[i], i == 6 ? Types.INTEGER : Types.VARCHAR);
          }
          statement.setBoolean(offset + keys.length, p.retracted());
          if (!idFirst) {
            statement.setLong(offset + keys.length + 1, p.paperId());
          }
        });
  }

  /** The ids of the papers with these values in a column (doi, pmid or pmcid), by value. */
  Map<String, Long> papersBy(String column, Collection<String> values) {
    Map<String, Long> found = new HashMap<>();
    if (values.isEmpty()) {
      return found;
    }
    for (List<String> chunk : chunks(List.copyOf(values))) {
      jdbc.sql(
              "select %s, paper_id from citation_paper where %s in (:values)"
                  .formatted(column, column))
          .param("values", chunk)
          .query((RowCallbackHandler) rs -> found.merge(rs.getString(1), rs.getLong(2), Math::min));
    }
    return found;
  }

  /**
   * The papers any of these references could name by title, year and first author: those whose
   * title starts alike, or by one of the first authors within a year of the year cited. Indexed
   * queries for the whole batch, the authors asked for with their years (a common surname alone
   * would bring every paper of it); {@link TitleCandidates} picks each reference's own.
   */
  List<PaperKeys> titleCandidates(Collection<ReferenceKeys> references) {
    Set<String> prefixes = new HashSet<>();
    Set<List<Object>> authorYears = new HashSet<>();
    for (ReferenceKeys r : references) {
      if (r.titlePrefix() != null && !r.titlePrefix().isEmpty()) {
        prefixes.add(r.titlePrefix());
      }
      if (r.authorKey() != null && r.year() != null) {
        for (int year = r.year() - 1; year <= r.year() + 1; year++) {
          authorYears.add(List.of(r.authorKey(), year));
        }
      }
    }
    Map<Long, PaperKeys> found = new java.util.TreeMap<>();
    for (List<String> chunk : chunks(List.copyOf(prefixes))) {
      jdbc.sql("select " + PAPER_COLUMNS + " from citation_paper where title_prefix in (:keys)")
          .param("keys", chunk)
          .query(CitationStore::paperKeys)
          .list()
          .forEach(p -> found.put(p.paperId(), p));
    }
    List<Object[]> pairs = authorYears.stream().map(List::toArray).toList();
    for (int from = 0; from < pairs.size(); from += IN_CHUNK / 2) {
      jdbc.sql(
              "select "
                  + PAPER_COLUMNS
                  + " from citation_paper where (author_key, pub_year) in (:pairs)")
          .param("pairs", pairs.subList(from, Math.min(pairs.size(), from + IN_CHUNK / 2)))
          .query(CitationStore::paperKeys)
          .list()
          .forEach(p -> found.put(p.paperId(), p));
    }
    return List.copyOf(found.values());
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
   * Takes down these papers' reference lists: each paper they cited is cited once less per link,
   * and the papers' own totals fall to zero.
   */
  void removeReferences(List<Long> citingPaperIds) {
    for (List<Long> ids : chunks(citingPaperIds)) {
      Map<Long, Integer> cited = new java.util.TreeMap<>();
      jdbc.sql(
              "select cited_paper_id, count(*) from citation_reference where citing_paper_id in"
                  + " (:ids) and cited_paper_id is not null group by cited_paper_id")
          .param("ids", ids)
          .query((RowCallbackHandler) rs -> cited.put(rs.getLong(1), -rs.getInt(2)));
      adjustCitedBy(cited);
      Map<YearOfCitation, Integer> perYear = new java.util.TreeMap<>();
      jdbc.sql(
              "select r.cited_paper_id, p.pub_year, count(*) from citation_reference r"
                  + " join citation_paper p on p.paper_id = r.citing_paper_id"
                  + " where r.citing_paper_id in (:ids) and r.cited_paper_id is not null"
                  + " and p.pub_year is not null group by r.cited_paper_id, p.pub_year")
          .param("ids", ids)
          .query(
              (RowCallbackHandler)
                  rs ->
                      perYear.put(new YearOfCitation(rs.getLong(1), rs.getInt(2)), -rs.getInt(3)));
      adjustPerYear(perYear);
      jdbc.sql("delete from citation_reference where citing_paper_id in (:ids)")
          .param("ids", ids)
          .update();
      jdbc.sql(
              "update citation_paper set references_total = 0, references_resolved = 0"
                  + " where paper_id in (:ids)")
          .param("ids", ids)
          .update();
    }
  }

  /**
   * Stores reference lists (after {@link #removeReferences}) and counts their links: one batch of
   * inserts, then one batch of count updates per table.
   */
  void addReferences(List<ReferenceRow> rows) {
    if (rows.isEmpty()) {
      return;
    }
    batch.batchUpdate(
        "insert into citation_reference ("
            + REFERENCE_COLUMNS
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        BATCH,
        (statement, row) -> {
          ReferenceKeys k = row.keys();
          Object[] values = {
            row.citingPaperId(),
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
          for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i], REFERENCE_TYPES[i]);
          }
        });
    Map<Long, int[]> totals = new java.util.TreeMap<>();
    rows.forEach(
        r -> {
          int[] t = totals.computeIfAbsent(r.citingPaperId(), id -> new int[2]);
          t[0]++;
          t[1] += r.resolved() ? 1 : 0;
        });
    batch.batchUpdate(
        "update citation_paper set references_total = ?, references_resolved = ?"
            + " where paper_id = ?",
        List.copyOf(totals.entrySet()),
        BATCH,
        (statement, e) -> {
          statement.setInt(1, e.getValue()[0]);
          statement.setInt(2, e.getValue()[1]);
          statement.setLong(3, e.getKey());
        });
    List<ReferenceRow> resolved = rows.stream().filter(ReferenceRow::resolved).toList();
    adjustCitedBy(citedCounts(resolved));
    adjustPerYear(perYearCounts(resolved));
  }

  /**
   * Unresolved references that carry an identifier, title prefix or first author of one of these
   * papers: those that may have been waiting for them. One indexed query per key for the batch;
   * each reference once, in list order.
   */
  List<ReferenceRow> waitingFor(List<PaperKeys> papers) {
    Map<String, List<String>> keys = new LinkedHashMap<>();
    keys.put("doi", papers.stream().map(PaperKeys::doi).toList());
    keys.put("pmid", papers.stream().map(PaperKeys::pmid).toList());
    keys.put("pmcid", papers.stream().map(PaperKeys::pmcid).toList());
    keys.put("title_prefix", papers.stream().map(PaperKeys::titlePrefix).toList());
    keys.put(
        "author_key",
        papers.stream().filter(p -> p.year() != null).map(PaperKeys::authorKey).toList());
    Map<List<Long>, ReferenceRow> waiting = new java.util.TreeMap<>(CitationStore::byPosition);
    keys.forEach(
        (column, values) -> {
          List<String> distinct =
              values.stream().filter(v -> v != null && !v.isEmpty()).distinct().toList();
          for (List<String> chunk : chunks(distinct)) {
            jdbc.sql(
                    "select "
                        + REFERENCE_COLUMNS
                        + " from citation_reference where cited_paper_id is null and "
                        + column
                        + " in (:keys)")
                .param("keys", chunk)
                .query(CitationStore::referenceRow)
                .list()
                .forEach(r -> waiting.put(List.of(r.citingPaperId(), (long) r.seq()), r));
          }
        });
    return List.copyOf(waiting.values());
  }

  private static int byPosition(List<Long> a, List<Long> b) {
    int citing = Long.compare(a.get(0), b.get(0));
    return citing != 0 ? citing : Long.compare(a.get(1), b.get(1));
  }

  /**
   * Links unresolved references to papers and counts them, in batches; a reference linked meanwhile
   * is left as it is. Returns how many were linked.
   */
  int link(List<ReferenceRow> rows) {
    if (rows.isEmpty()) {
      return 0;
    }
    int[][] updated =
        batch.batchUpdate(
            "update citation_reference set cited_paper_id = ?, method = ?, confidence = ?"
                + " where citing_paper_id = ? and seq = ? and cited_paper_id is null",
            rows,
            BATCH,
            (statement, row) -> {
              statement.setLong(1, row.citedPaperId());
              statement.setString(2, row.method().name());
              statement.setDouble(3, row.confidence());
              statement.setLong(4, row.citingPaperId());
              statement.setInt(5, row.seq());
            });
    List<ReferenceRow> linked = new ArrayList<>();
    int i = 0;
    for (int[] chunk : updated) {
      for (int count : chunk) {
        if (count == 1) {
          linked.add(rows.get(i));
        }
        i++;
      }
    }
    Map<Long, Integer> resolved = new java.util.TreeMap<>();
    linked.forEach(r -> resolved.merge(r.citingPaperId(), 1, Integer::sum));
    batch.batchUpdate(
        "update citation_paper set references_resolved = references_resolved + ?"
            + " where paper_id = ?",
        List.copyOf(resolved.entrySet()),
        BATCH,
        (statement, e) -> {
          statement.setInt(1, e.getValue());
          statement.setLong(2, e.getKey());
        });
    adjustCitedBy(citedCounts(linked));
    adjustPerYear(perYearCounts(linked));
    return linked.size();
  }

  /**
   * Unlinks every reference to a paper that left the catalogue, so that the references wait for it
   * again; the papers citing it count one resolved reference less per link.
   */
  void unlinkCitationsOf(long citedPaperId) {
    jdbc.sql("delete from citation_year where paper_id = ?").param(citedPaperId).update();
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

  /**
   * The distinct papers citing this one with an id below {@code before}, highest id first. Read
   * down the (cited, citing) index a page at a time and made distinct here: asking the database for
   * distinct ids would have it collect and sort all of a famous paper's citations first.
   */
  List<Long> citingPapers(long citedPaperId, long before, int limit) {
    java.util.LinkedHashSet<Long> found = new java.util.LinkedHashSet<>();
    long below = before;
    while (found.size() < limit) {
      List<Long> page =
          jdbc.sql(
                  ("select citing_paper_id from citation_reference where cited_paper_id = ?"
                          + " and citing_paper_id < ? order by cited_paper_id desc,"
                          + " citing_paper_id desc fetch first %d rows only")
                      .formatted(limit))
              .params(citedPaperId, below)
              .query(Long.class)
              .list();
      for (int i = 0; i < page.size() && found.size() < limit; i++) {
        found.add(page.get(i));
      }
      if (page.size() < limit) {
        break;
      }
      below = page.get(page.size() - 1);
    }
    return List.copyOf(found);
  }

  /**
   * How many times the paper was cited by papers of each publication year; unknown years left out.
   */
  Map<Integer, Integer> citationsPerYear(long citedPaperId) {
    Map<Integer, Integer> perYear = new java.util.TreeMap<>();
    jdbc.sql("select pub_year, citations from citation_year where paper_id = ? and citations > 0")
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

  /**
   * Papers cited in the same reference lists as this one, by how many lists. A paper cited in
   * thousands of lists is judged by its newest {@link #SIGNAL_LISTS}: the page reads that many
   * lists at most, however famous the paper.
   */
  List<Citations.Shared> citedTogether(long paperId, int limit) {
    List<Long> lists =
        jdbc.sql(
                ("select distinct citing_paper_id from citation_reference where cited_paper_id = ?"
                        + " order by citing_paper_id desc fetch first %d rows only")
                    .formatted(SIGNAL_LISTS))
            .param(paperId)
            .query(Long.class)
            .list();
    if (lists.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            ("select cited_paper_id, count(distinct citing_paper_id) as n from citation_reference"
                    + " where citing_paper_id in (:lists) and cited_paper_id is not null"
                    + " and cited_paper_id <> :paper group by cited_paper_id"
                    + " order by n desc, cited_paper_id fetch first %d rows only")
                .formatted(limit))
        .param("lists", lists)
        .param("paper", paperId)
        .query((rs, n) -> new Citations.Shared(rs.getLong(1), rs.getInt(2)))
        .list();
  }

  /**
   * Papers whose reference lists share resolved references with this one's, by how many. A
   * reference cited by more than {@link #SIGNAL_LISTS} papers is left out: sharing what nearly
   * everyone cites says little of two papers, and reading all its citing lists would cost the page
   * more than the rest together.
   */
  List<Citations.Shared> sharingReferences(long paperId, int limit) {
    return jdbc.sql(
            ("select b.citing_paper_id, count(distinct a.cited_paper_id) as n"
                    + " from citation_reference a join citation_paper c"
                    + " on c.paper_id = a.cited_paper_id join citation_reference b"
                    + " on b.cited_paper_id = a.cited_paper_id where a.citing_paper_id = ?"
                    + " and c.cited_by <= %d and b.citing_paper_id <> ?"
                    + " group by b.citing_paper_id order by n desc, b.citing_paper_id"
                    + " fetch first %d rows only")
                .formatted(SIGNAL_LISTS, limit))
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
    jdbc.sql("delete from citation_year").update();
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

  /** How many of these links go to each cited paper, by paper id. */
  private static Map<Long, Integer> citedCounts(List<ReferenceRow> links) {
    Map<Long, Integer> cited = new java.util.TreeMap<>();
    links.forEach(r -> cited.merge(r.citedPaperId(), 1, Integer::sum));
    return cited;
  }

  /**
   * Adds these changes to the papers' cited-by counts in one batch, in paper id order (so that two
   * writers lock rows in the same order), and notes the papers for the change event.
   */
  private void adjustCitedBy(Map<Long, Integer> changes) {
    if (changes.isEmpty()) {
      return;
    }
    changedCounts.addAll(changes.keySet());
    batch.batchUpdate(
        "update citation_paper set cited_by = cited_by + ? where paper_id = ?",
        List.copyOf(changes.entrySet()),
        BATCH,
        (statement, e) -> {
          statement.setInt(1, e.getValue());
          statement.setLong(2, e.getKey());
        });
  }

  /** Citations of one paper by papers of one publication year. */
  private record YearOfCitation(long paperId, int year) implements Comparable<YearOfCitation> {

    @Override
    public int compareTo(YearOfCitation other) {
      int paper = Long.compare(paperId, other.paperId);
      return paper != 0 ? paper : Integer.compare(year, other.year);
    }
  }

  /** How many of these links go to each cited paper from each year, by the citing papers' years. */
  private Map<YearOfCitation, Integer> perYearCounts(List<ReferenceRow> links) {
    Map<Long, Integer> years = new HashMap<>();
    for (List<Long> ids :
        chunks(links.stream().map(ReferenceRow::citingPaperId).distinct().toList())) {
      jdbc.sql(
              "select paper_id, pub_year from citation_paper where paper_id in (:ids)"
                  + " and pub_year is not null")
          .param("ids", ids)
          .query((RowCallbackHandler) rs -> years.put(rs.getLong(1), rs.getInt(2)));
    }
    Map<YearOfCitation, Integer> perYear = new java.util.TreeMap<>();
    for (ReferenceRow link : links) {
      Integer year = years.get(link.citingPaperId());
      if (year != null) {
        perYear.merge(new YearOfCitation(link.citedPaperId(), year), 1, Integer::sum);
      }
    }
    return perYear;
  }

  /**
   * Adds these changes to the per-year counts in key order: one batch of updates, inserts for the
   * years a paper had no citation in yet, and the years left at zero deleted.
   */
  private void adjustPerYear(Map<YearOfCitation, Integer> changes) {
    List<Map.Entry<YearOfCitation, Integer>> entries =
        changes.entrySet().stream().filter(e -> e.getValue() != 0).toList();
    if (entries.isEmpty()) {
      return;
    }
    int[][] updated =
        batch.batchUpdate(
            "update citation_year set citations = citations + ? where paper_id = ?"
                + " and pub_year = ?",
            entries,
            BATCH,
            (statement, e) -> {
              statement.setInt(1, e.getValue());
              statement.setLong(2, e.getKey().paperId());
              statement.setInt(3, e.getKey().year());
            });
    List<Map.Entry<YearOfCitation, Integer>> fresh = new ArrayList<>();
    int i = 0;
    for (int[] chunk : updated) {
      for (int count : chunk) {
        if (count == 0 && entries.get(i).getValue() > 0) {
          fresh.add(entries.get(i));
        }
        i++;
      }
    }
    batch.batchUpdate(
        "insert into citation_year (paper_id, pub_year, citations) values (?, ?, ?)",
        fresh,
        BATCH,
        (statement, e) -> {
          statement.setLong(1, e.getKey().paperId());
          statement.setInt(2, e.getKey().year());
          statement.setInt(3, e.getValue());
        });
    batch.batchUpdate(
        "delete from citation_year where paper_id = ? and pub_year = ? and citations <= 0",
        entries.stream().filter(e -> e.getValue() < 0).toList(),
        BATCH,
        (statement, e) -> {
          statement.setLong(1, e.getKey().paperId());
          statement.setInt(2, e.getKey().year());
        });
  }

  /** Lists cut to the size of one IN clause, within every driver's bind-parameter limit. */
  private static <T> List<List<T>> chunks(List<T> values) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < values.size(); from += IN_CHUNK) {
      chunks.add(values.subList(from, Math.min(values.size(), from + IN_CHUNK)));
    }
    return chunks;
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

  static ReferenceRow referenceRow(ResultSet rs, int n) throws SQLException {
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
