package org.follicle.evidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored study facts of each paper, in the order they were extracted. */
@Repository
class StudyFactStore {

  private static final int VALUE_LENGTH = 2000;
  private static final int SENTENCE_LENGTH = 20000;

  private final JdbcClient jdbc;

  StudyFactStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the paper's facts with these. */
  void replace(long paperId, List<StudyFact> facts, Instant extractedAt) {
    jdbc.sql("delete from evidence_study_fact where paper_id = ?").param(paperId).update();
    OffsetDateTime at = extractedAt.atOffset(ZoneOffset.UTC);
    for (int seq = 0; seq < facts.size(); seq++) {
      StudyFact fact = facts.get(seq);
      jdbc.sql(
              "insert into evidence_study_fact"
                  + " (paper_id, seq, kind, fact_value, sentence, extracted_at)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(
              paperId,
              seq,
              fact.kind().name(),
              clip(fact.value(), VALUE_LENGTH),
              clip(fact.sentence(), SENTENCE_LENGTH),
              at)
          .update();
    }
  }

  void delete(long paperId) {
    jdbc.sql("delete from evidence_study_fact where paper_id = ?").param(paperId).update();
  }

  /** The facts of these papers, by paper, each paper's in the order they were extracted. */
  java.util.Map<Long, List<StudyFact>> of(java.util.Collection<Long> paperIds) {
    java.util.Map<Long, List<StudyFact>> byPaper = new java.util.LinkedHashMap<>();
    List<Long> ids = List.copyOf(paperIds);
    // Ids per query: well under the bind-parameter limits of H2 and PostgreSQL.
    for (int from = 0; from < ids.size(); from += 500) {
      jdbc.sql(
              "select paper_id, kind, fact_value, sentence from evidence_study_fact"
                  + " where paper_id in (:ids) order by paper_id, seq")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
          .query(
              (rs, row) ->
                  byPaper
                      .computeIfAbsent(rs.getLong("paper_id"), id -> new java.util.ArrayList<>())
                      .add(
                          new StudyFact(
                              FactKind.valueOf(rs.getString("kind")),
                              rs.getString("fact_value"),
                              rs.getString("sentence"))))
          .list();
    }
    return byPaper;
  }

  List<StudyFact> facts(long paperId) {
    return jdbc.sql(
            "select kind, fact_value, sentence from evidence_study_fact"
                + " where paper_id = ? order by seq")
        .param(paperId)
        .query(
            (rs, row) ->
                new StudyFact(
                    FactKind.valueOf(rs.getString("kind")),
                    rs.getString("fact_value"),
                    rs.getString("sentence")))
        .list();
  }

  private static String clip(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
