package org.follicle.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores new papers with batched JDBC, a few statements per batch: the fastest way to fill a
 * catalogue with a synthesised citation graph. It neither merges nor announces (no {@link
 * PapersStored}), so the caller rebuilds what is derived from papers afterwards. It stores a
 * record's title, article type, date, identifiers, authors, abstract and reference list, and
 * rejects a record carrying anything else rather than drop it silently.
 */
@Service
public class BulkPaperLoad {

  /** Hibernate's pooled allocation: each sequence value v hands out the ids v-49 to v. */
  private static final int ALLOCATION = 50;

  private static final int CHUNK = 1000;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;

  BulkPaperLoad(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.named = new NamedParameterJdbcTemplate(jdbc);
  }

  /**
   * Inserts these records as new papers in one transaction and returns their ids, in order; fails
   * (storing nothing) if an identifier is already in the catalogue or a record has fields this load
   * does not store.
   */
  @Transactional
  public List<Long> insert(List<PaperRecord> records) {
    records.forEach(BulkPaperLoad::requireSupported);
    List<Long> ids = allocate("paper_seq", records.size());
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.batchUpdate(
        "insert into paper (id, version, title, title_key, article_type, pub_year, pub_month,"
            + " pub_day, doi, pmid, pmcid, abstract_by_follicle, created_at, updated_at)"
            + " values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        indexes(records.size()),
        CHUNK,
        (s, i) -> {
          PaperRecord r = records.get(i);
          s.setLong(1, ids.get(i));
          s.setString(2, r.title());
          s.setString(3, Paper.titleKeyOf(r.title()));
          s.setString(4, r.articleType());
          s.setObject(5, r.date().year(), Types.INTEGER);
          s.setObject(6, r.date().month(), Types.INTEGER);
          s.setObject(7, r.date().day(), Types.INTEGER);
          s.setString(8, r.doi() == null ? null : r.doi().value());
          s.setString(9, r.pmid());
          s.setString(10, r.pmcid());
          s.setBoolean(11, r.abstractWrittenByFollicle());
          s.setTimestamp(12, now);
          s.setTimestamp(13, now);
        });
    insertAuthors(records, ids);
    insertAbstracts(records, ids);
    insertReferences(records, ids);
    return ids;
  }

  /**
   * What deriving citation links needs of a paper: identifiers, title, year, the first author's
   * family (or collective) name, whether a retraction notice names it, and its reference list.
   */
  public record PaperOutline(
      long paperId,
      String title,
      Integer year,
      String doi,
      String pmid,
      String pmcid,
      String firstAuthor,
      boolean retracted,
      List<PaperRecord.Reference> references) {}

  /**
   * The paper's reference list as its source printed it, if the catalogue holds the paper: one read
   * by primary key, for a page that has the paper itself already.
   */
  @Transactional(readOnly = true)
  public Optional<List<PaperRecord.Reference>> referenceList(long paperId) {
    boolean held =
        !jdbc.queryForList("select id from paper where id = ?", Long.class, paperId).isEmpty();
    return held
        ? Optional.of(references(paperId, paperId).getOrDefault(paperId, List.of()))
        : Optional.empty();
  }

  /**
   * The outlines of up to {@code limit} papers with ids above {@code after}, in id order: four
   * range reads over primary keys, no entity loading, for rebuilding what is derived from a whole
   * catalogue.
   */
  @Transactional(readOnly = true)
  public List<PaperOutline> outlinesAfter(long after, int limit) {
    List<Object[]> papers =
        jdbc.query(
            "select id, title, pub_year, doi, pmid, pmcid from paper where id > ? order by id"
                + " fetch first %d rows only".formatted(limit),
            (rs, n) ->
                new Object[] {
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, Integer.class),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6)
                },
            after);
    if (papers.isEmpty()) {
      return List.of();
    }
    long first = (Long) papers.get(0)[0];
    long last = (Long) papers.get(papers.size() - 1)[0];
    Map<Long, String> authors = new HashMap<>();
    jdbc.query(
        // A subquery per first author rather than a join: H2 planned the join from the author
        // table, reading every author for each page.
        "select pa.paper_id, (select coalesce(a.family, a.collective_name) from author a"
            + " where a.id = pa.author_id) from paper_author pa where pa.paper_id between ? and ?"
            + " and pa.seq = 0",
        rs -> {
          authors.put(rs.getLong(1), rs.getString(2));
        },
        first,
        last);
    java.util.Set<Long> retracted =
        new java.util.HashSet<>(
            jdbc.queryForList(
                "select paper_id from paper_notice where paper_id between ? and ?"
                    + " and kind = 'RETRACTION'",
                Long.class,
                first,
                last));
    Map<Long, List<PaperRecord.Reference>> references = references(first, last);
    return papers.stream()
        .map(
            p -> {
              long id = (Long) p[0];
              return new PaperOutline(
                  id,
                  (String) p[1],
                  (Integer) p[2],
                  (String) p[3],
                  (String) p[4],
                  (String) p[5],
                  authors.get(id),
                  retracted.contains(id),
                  references.getOrDefault(id, List.of()));
            })
        .toList();
  }

  /** The reference lists of the papers numbered {@code first} to {@code last}, each in order. */
  private Map<Long, List<PaperRecord.Reference>> references(long first, long last) {
    Map<Long, List<PaperRecord.Reference>> references = new HashMap<>();
    jdbc.query(
        "select paper_id, citation_text, doi, pmid, pmcid, title, first_author, ref_year, journal"
            + " from paper_reference where paper_id between ? and ? order by paper_id, seq",
        rs -> {
          references
              .computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
              .add(
                  new ReferenceEntry(
                          rs.getString(2),
                          rs.getString(3),
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getString(7),
                          rs.getObject(8, Integer.class),
                          rs.getString(9))
                      .toReference());
        },
        first,
        last);
    return references;
  }

  private static void requireSupported(PaperRecord r) {
    boolean unsupported =
        r.journal() != null
            || r.volume() != null
            || r.issue() != null
            || r.pages() != null
            || r.language() != null
            || !r.publicationTypes().isEmpty()
            || !r.keywords().isEmpty()
            || !r.categories().isEmpty()
            || !r.notices().isEmpty();
    if (unsupported) {
      throw new IllegalArgumentException(
          "the bulk load stores title, type, date, identifiers, authors, abstract and references"
              + " only; '%s' has more: import it instead".formatted(r.title()));
    }
  }

  private void insertAuthors(List<PaperRecord> records, List<Long> ids) {
    Map<String, PaperRecord.Author> byKey = new LinkedHashMap<>();
    records.forEach(r -> r.authors().forEach(a -> byKey.putIfAbsent(Author.keyOf(a), a)));
    Map<String, Long> authorIds = new HashMap<>();
    List<String> keys = List.copyOf(byKey.keySet());
    for (int from = 0; from < keys.size(); from += CHUNK) {
      named.query(
          "select name_key, id from author where name_key in (:keys)",
          Map.of("keys", keys.subList(from, Math.min(keys.size(), from + CHUNK))),
          rs -> {
            authorIds.put(rs.getString(1), rs.getLong(2));
          });
    }
    List<String> fresh = keys.stream().filter(k -> !authorIds.containsKey(k)).toList();
    List<Long> freshIds = allocate("author_seq", fresh.size());
    jdbc.batchUpdate(
        "insert into author (id, name_key, family, given, collective_name, orcid)"
            + " values (?, ?, ?, ?, ?, ?)",
        indexes(fresh.size()),
        CHUNK,
        (s, i) -> {
          PaperRecord.Author a = byKey.get(fresh.get(i));
          authorIds.put(fresh.get(i), freshIds.get(i));
          s.setLong(1, freshIds.get(i));
          s.setString(2, fresh.get(i));
          s.setString(3, a.family());
          s.setString(4, a.given());
          s.setString(5, a.collectiveName());
          s.setString(6, a.orcid());
        });
    List<Object[]> rows = new ArrayList<>();
    for (int p = 0; p < records.size(); p++) {
      List<PaperRecord.Author> authors = records.get(p).authors();
      for (int seq = 0; seq < authors.size(); seq++) {
        PaperRecord.Author a = authors.get(seq);
        rows.add(new Object[] {ids.get(p), seq, authorIds.get(Author.keyOf(a)), a.affiliation()});
      }
    }
    jdbc.batchUpdate(
        "insert into paper_author (paper_id, seq, author_id, affiliation) values (?, ?, ?, ?)",
        rows,
        new int[] {Types.BIGINT, Types.INTEGER, Types.BIGINT, Types.VARCHAR});
  }

  private void insertAbstracts(List<PaperRecord> records, List<Long> ids) {
    List<Object[]> rows = new ArrayList<>();
    for (int p = 0; p < records.size(); p++) {
      List<PaperRecord.AbstractSection> sections = records.get(p).abstractSections();
      for (int seq = 0; seq < sections.size(); seq++) {
        rows.add(
            new Object[] {ids.get(p), seq, sections.get(seq).label(), sections.get(seq).text()});
      }
    }
    jdbc.batchUpdate(
        "insert into paper_abstract_section (paper_id, seq, label, body) values (?, ?, ?, ?)",
        rows,
        new int[] {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR});
  }

  private void insertReferences(List<PaperRecord> records, List<Long> ids) {
    List<Object[]> rows = new ArrayList<>();
    for (int p = 0; p < records.size(); p++) {
      List<PaperRecord.Reference> references = records.get(p).references();
      for (int seq = 0; seq < references.size(); seq++) {
        ReferenceEntry e = ReferenceEntry.of(references.get(seq));
        rows.add(
            new Object[] {
              ids.get(p),
              seq,
              e.text(),
              e.doi(),
              e.pmid(),
              e.pmcid(),
              e.title(),
              e.firstAuthor(),
              e.year(),
              e.journal()
            });
      }
    }
    jdbc.batchUpdate(
        "insert into paper_reference (paper_id, seq, citation_text, doi, pmid, pmcid, title,"
            + " first_author, ref_year, journal) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        new int[] {
          Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
          Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR
        });
  }

  /**
   * Ids for {@code count} rows from the sequence the entity draws from, as Hibernate's pooled
   * optimiser would take them, so later inserts through the entity never collide with them.
   */
  private List<Long> allocate(String sequence, int count) {
    String next =
        jdbc.execute((ConnectionCallback<Boolean>) BulkPaperLoad::isPostgres)
            ? "select nextval('%s')".formatted(sequence)
            : "select next value for %s".formatted(sequence);
    List<Long> ids = new ArrayList<>(count);
    while (ids.size() < count) {
      long high = jdbc.queryForObject(next, Long.class);
      // The sequence's first value (1) is Hibernate's own start, not the top of a block.
      for (long id = high - ALLOCATION + 1; high >= ALLOCATION && id <= high; id++) {
        if (ids.size() < count) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  private static boolean isPostgres(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(java.util.Locale.ROOT)
        .contains("postgres");
  }

  private static List<Integer> indexes(int size) {
    return java.util.stream.IntStream.range(0, size).boxed().toList();
  }
}
