package org.follicle.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Moderators' corrections of study facts and the history of every change to them. */
@Repository
class FactCorrectionStore {

  // Ids per query: well under the bind-parameter limits of H2 and PostgreSQL.
  private static final int BATCH = 500;

  private final JdbcClient jdbc;

  FactCorrectionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new correction and returns its id. */
  long insert(FactCorrection correction) {
    KeyHolder key = new GeneratedKeyHolder();
    StudyFact fact = correction.fact();
    StudyResult result = correction.result();
    jdbc.sql(
            "insert into evidence_fact_correction (paper_id, kind, extracted_value,"
                + " extracted_sentence, removed, fact_value, sentence, outcome, timepoint, events,"
                + " participants, corrected_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            correction.paperId(),
            fact.kind().name(),
            correction.extractedValue(),
            correction.extractedSentence(),
            correction.removed(),
            fact.value(),
            fact.sentence().isEmpty() ? null : fact.sentence(),
            result == null ? null : result.outcome(),
            result == null ? null : result.timepoint(),
            result == null ? null : result.events(),
            result == null ? null : result.total(),
            utc(correction.correctedAt()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Stores the correction's new value, result and whether it is removed. */
  void update(FactCorrection correction) {
    StudyResult result = correction.result();
    jdbc.sql(
            "update evidence_fact_correction set removed = ?, fact_value = ?, outcome = ?,"
                + " timepoint = ?, events = ?, participants = ?, corrected_at = ? where id = ?")
        .params(
            correction.removed(),
            correction.fact().value(),
            result == null ? null : result.outcome(),
            result == null ? null : result.timepoint(),
            result == null ? null : result.events(),
            result == null ? null : result.total(),
            utc(correction.correctedAt()),
            correction.id())
        .update();
  }

  /** Adds a revision to the history of a correction of this paper. */
  void record(long paperId, long correctionId, FactRevision revision) {
    jdbc.sql(
            "insert into evidence_fact_revision (correction_id, paper_id, action, kind,"
                + " value_before, value_after, note, moderator, revised_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            correctionId,
            paperId,
            revision.action().name(),
            revision.kind().name(),
            revision.before(),
            revision.after(),
            revision.note(),
            revision.moderator(),
            utc(revision.revisedAt()))
        .update();
  }

  /** The corrections of one paper, oldest first. */
  List<FactCorrection> corrections(long paperId) {
    return of(List.of(paperId)).getOrDefault(paperId, List.of());
  }

  /** The corrections of these papers, by paper, each paper's oldest first. */
  Map<Long, List<FactCorrection>> of(Collection<Long> paperIds) {
    Map<Long, List<FactCorrection>> byPaper = new LinkedHashMap<>();
    List<Long> ids = List.copyOf(paperIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      jdbc.sql(
              "select * from evidence_fact_correction where paper_id in (:ids)"
                  + " order by paper_id, id")
          .param("ids", ids.subList(from, Math.min(ids.size(), from + BATCH)))
          .query(FactCorrectionStore::correction)
          .list()
          .forEach(c -> byPaper.computeIfAbsent(c.paperId(), id -> new ArrayList<>()).add(c));
    }
    return byPaper;
  }

  /** One correction of this paper, if it has one of this id. */
  Optional<FactCorrection> find(long paperId, long correctionId) {
    return jdbc.sql("select * from evidence_fact_correction where paper_id = ? and id = ?")
        .params(paperId, correctionId)
        .query(FactCorrectionStore::correction)
        .optional();
  }

  /** The history of the paper's facts, newest first. */
  List<FactRevision> history(long paperId) {
    return history(paperId, Long.MAX_VALUE, Integer.MAX_VALUE);
  }

  /**
   * At most {@code limit} revisions of the paper's facts older than {@code before}, newest first.
   */
  List<FactRevision> history(long paperId, long before, int limit) {
    return jdbc.sql(
            "select * from evidence_fact_revision where paper_id = ? and id < ? order by id desc")
        .params(paperId, before)
        .withMaxRows(limit)
        .query(
            (rs, row) ->
                new FactRevision(
                    rs.getLong("id"),
                    "m" + rs.getLong("correction_id"),
                    FactRevision.Action.valueOf(rs.getString("action")),
                    FactKind.valueOf(rs.getString("kind")),
                    rs.getString("value_before"),
                    rs.getString("value_after"),
                    rs.getString("note"),
                    rs.getString("moderator"),
                    rs.getObject("revised_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  private static FactCorrection correction(ResultSet rs, int row) throws SQLException {
    FactKind kind = FactKind.valueOf(rs.getString("kind"));
    String sentence = Optional.ofNullable(rs.getString("sentence")).orElse("");
    return new FactCorrection(
        rs.getLong("id"),
        rs.getLong("paper_id"),
        rs.getString("extracted_value"),
        rs.getString("extracted_sentence"),
        rs.getBoolean("removed"),
        new StudyFact(kind, rs.getString("fact_value"), sentence),
        result(kind, rs, sentence),
        rs.getObject("corrected_at", OffsetDateTime.class).toInstant());
  }

  private static StudyResult result(FactKind kind, ResultSet rs, String sentence)
      throws SQLException {
    String outcome = rs.getString("outcome");
    if (outcome == null) {
      return null;
    }
    Integer events = rs.getObject("events", Integer.class);
    Integer total = rs.getObject("participants", Integer.class);
    return kind == FactKind.RESPONSE_RATE
        ? StudyResult.response(outcome, rs.getString("timepoint"), events, total, sentence)
        : StudyResult.adverseEvent(outcome, events, total, sentence);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
