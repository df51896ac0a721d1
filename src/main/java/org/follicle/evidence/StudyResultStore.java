package org.follicle.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored results of each paper, in the order they were read. */
@Repository
class StudyResultStore {

  private static final int SENTENCE_LENGTH = 20000;
  private static final int OUTCOME_LENGTH = 200;
  // Ids per query: well under the bind-parameter limits of H2 and PostgreSQL.
  private static final int BATCH = 500;

  private final JdbcClient jdbc;

  StudyResultStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the paper's results with these. */
  void replace(long paperId, List<StudyResult> results) {
    jdbc.sql("delete from evidence_study_result where paper_id = ?").param(paperId).update();
    for (int seq = 0; seq < results.size(); seq++) {
      StudyResult r = results.get(seq);
      jdbc.sql(
              "insert into evidence_study_result (paper_id, seq, kind, outcome, timepoint, events,"
                  + " participants, measure, estimate, ci_low, ci_high, sentence)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              paperId,
              seq,
              r.kind().name(),
              clip(r.outcome(), OUTCOME_LENGTH),
              r.timepoint(),
              r.events(),
              r.total(),
              r.measure(),
              r.estimate(),
              r.ciLow(),
              r.ciHigh(),
              clip(r.sentence(), SENTENCE_LENGTH))
          .update();
    }
  }

  void delete(long paperId) {
    jdbc.sql("delete from evidence_study_result where paper_id = ?").param(paperId).update();
  }

  /** The results of one paper. */
  List<StudyResult> results(long paperId) {
    return of(List.of(paperId)).getOrDefault(paperId, List.of());
  }

  /** The results of these papers, by paper, each paper's in reading order. */
  Map<Long, List<StudyResult>> of(Collection<Long> paperIds) {
    Map<Long, List<StudyResult>> byPaper = new LinkedHashMap<>();
    List<Long> ids = List.copyOf(paperIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      jdbc.sql(
              "select * from evidence_study_result where paper_id in (:ids) order by paper_id, seq")
          .param("ids", batch)
          .query(
              (rs, row) -> {
                byPaper
                    .computeIfAbsent(rs.getLong("paper_id"), id -> new ArrayList<>())
                    .add(row(rs));
                return null;
              })
          .list();
    }
    return byPaper;
  }

  private static StudyResult row(ResultSet rs) throws SQLException {
    return new StudyResult(
        StudyResult.Kind.valueOf(rs.getString("kind")),
        rs.getString("outcome"),
        rs.getString("timepoint"),
        (Integer) rs.getObject("events", Integer.class),
        (Integer) rs.getObject("participants", Integer.class),
        rs.getString("measure"),
        rs.getObject("estimate", Double.class),
        rs.getObject("ci_low", Double.class),
        rs.getObject("ci_high", Double.class),
        rs.getString("sentence"));
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
