package org.follicle;

import java.io.PrintWriter;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grows a benchmark catalogue to a size in SQL by copying the papers it holds, with their authors'
 * order, keywords, MeSH headings, abstracts, notices and references, under fresh ids, PMIDs, PMCIDs
 * and DOIs: some hundred times faster than importing, as nothing else is derived. So the copies are
 * in neither the search index nor the citation graph; their pages show what the catalogue holds.
 * For benchmarks only: the product imports papers.
 */
final class CatalogueCopies {

  /** The catalogue's tables that hang off a paper, by its {@code paper_id}. */
  private static final List<String> CHILDREN =
      List.of(
          "paper_publication_type",
          "paper_author",
          "paper_keyword",
          "paper_category",
          "paper_abstract_section",
          "paper_notice",
          "paper_reference");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DataSource dataSource;

  CatalogueCopies(DataSource dataSource, TransactionTemplate transaction) {
    this.dataSource = dataSource;
    this.jdbc = new JdbcTemplate(dataSource);
    this.transaction = transaction;
  }

  /** Copies the papers held now, round after round, until there are at least {@code target}. */
  long growTo(long target, PrintWriter progress) throws SQLException {
    long held = count();
    if (held == 0) {
      throw new IllegalStateException("there are no papers to copy");
    }
    long maxId = jdbc.queryForObject("select max(id) from paper", Long.class);
    // Beyond the block of ids the running app may still hand out from its sequence.
    long idStep = maxId + 100;
    long rounds = (target - held + held - 1) / held;
    long pmidStep = step("cast(pmid as bigint)", rounds);
    long pmcidStep = step("cast(substring(pmcid, 4) as bigint)", rounds);
    List<String> paperColumns = columns("paper");
    List<String> childCopies = new ArrayList<>();
    for (String table : CHILDREN) {
      childCopies.add(childCopy(table));
    }
    long papers = held;
    int round = 0;
    while (papers < target) {
      round++;
      long wanted = Math.min(held, target - papers);
      long idOffset = round * idStep;
      long last =
          jdbc.queryForObject(
              "select max(id) from (select id from paper where id <= ? order by id fetch first ? rows"
                  + " only) firsts",
              Long.class,
              maxId,
              wanted);
      String paperCopy =
          paperCopy(paperColumns, idOffset, round * pmidStep, round * pmcidStep, round);
      transaction.executeWithoutResult(
          status -> {
            jdbc.update(paperCopy, last);
            for (String child : childCopies) {
              jdbc.update(child, idOffset, last);
            }
          });
      papers += wanted;
      progress.printf("copied papers: %,d of %,d%n", papers, target);
      progress.flush();
    }
    jdbc.execute("alter sequence paper_seq restart with " + (maxId + (round + 1) * idStep));
    return papers;
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from paper", Long.class);
  }

  /**
   * How far each round moves the identifiers: the span they take now, so that the copies of one
   * round lie above the originals and the rounds before; PMIDs and PMCIDs have at most 10 digits.
   */
  private long step(String expression, long rounds) {
    var range =
        jdbc.queryForMap(
            "select min(" + expression + ") lowest, max(" + expression + ") highest from paper");
    if (range.get("highest") == null) {
      return 0;
    }
    long low = ((Number) range.get("lowest")).longValue();
    long high = ((Number) range.get("highest")).longValue();
    long step = high - low + 1;
    if (high + rounds * step > 9_999_999_999L) {
      throw new IllegalStateException(
          "%d copies of identifiers %d to %d would pass 10 digits; import more papers to copy"
              .formatted(rounds, low, high));
    }
    return step;
  }

  /** The offsets are numbers this class computed, so they go into the SQL as they are. */
  private static String paperCopy(
      List<String> columns, long idOffset, long pmidOffset, long pmcidOffset, int round) {
    String values =
        columns.stream()
            .map(
                column ->
                    switch (column) {
                      case "id" -> "id + " + idOffset;
                      case "pmid" ->
                          "cast(cast(pmid as bigint) + %d as varchar(20))".formatted(pmidOffset);
                      case "pmcid" ->
                          "'PMC' || cast(cast(substring(pmcid, 4) as bigint) + %d as varchar(20))"
                              .formatted(pmcidOffset);
                      case "doi" -> "doi || '.copy" + round + "'";
                      default -> column;
                    })
            .collect(Collectors.joining(", "));
    return "insert into paper (%s) select %s from paper where id <= ?"
        .formatted(String.join(", ", columns), values);
  }

  /** Parameters: id offset, the last paper copied. */
  private String childCopy(String table) throws SQLException {
    List<String> columns = columns(table);
    String values =
        columns.stream()
            .map(column -> column.equals("paper_id") ? "paper_id + ?" : column)
            .collect(Collectors.joining(", "));
    return "insert into %s (%s) select %s from %s where paper_id <= ?"
        .formatted(table, String.join(", ", columns), values, table);
  }

  /** The table's columns as the database has them now, so a new column is copied too. */
  private List<String> columns(String table) throws SQLException {
    try (var connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      List<String> columns = new ArrayList<>();
      for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
        try (ResultSet rs = meta.getColumns(null, null, name, null)) {
          while (rs.next()) {
            columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
          }
        }
        if (!columns.isEmpty()) {
          return columns;
        }
      }
      throw new IllegalStateException("the database has no table " + table);
    }
  }
}
