package org.follicle.evidence;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which curated treatments each paper studies, and in which condition. */
@Repository
class StudyTreatmentStore {

  private final JdbcClient jdbc;

  StudyTreatmentStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A paper that studies a treatment, and the condition it studies it in. */
  record Link(long paperId, String conditionSlug) {}

  /**
   * Replaces the paper's treatments with these, all in one condition; returns whether the set of
   * treatments differs from what was stored.
   */
  boolean replace(long paperId, Collection<Treatment> treatments, String conditionSlug) {
    Set<String> before = new HashSet<>(treatmentsOf(paperId));
    delete(paperId);
    for (Treatment treatment : treatments) {
      jdbc.sql(
              "insert into evidence_study_treatment (treatment, paper_id, condition_slug)"
                  + " values (?, ?, ?)")
          .params(treatment.slug(), paperId, conditionSlug)
          .update();
    }
    return !before.equals(treatments.stream().map(Treatment::slug).collect(Collectors.toSet()));
  }

  void delete(long paperId) {
    jdbc.sql("delete from evidence_study_treatment where paper_id = ?").param(paperId).update();
  }

  /** The papers that study this treatment, newest first by id. */
  List<Link> papers(String treatmentSlug) {
    return jdbc.sql(
            "select paper_id, condition_slug from evidence_study_treatment where treatment = ?"
                + " order by paper_id desc")
        .param(treatmentSlug)
        .query((rs, row) -> new Link(rs.getLong("paper_id"), rs.getString("condition_slug")))
        .list();
  }

  /** The slugs of the treatments this paper studies. */
  List<String> treatmentsOf(long paperId) {
    return jdbc.sql("select treatment from evidence_study_treatment where paper_id = ?")
        .param(paperId)
        .query(String.class)
        .list();
  }

  /** How many papers study each treatment that any paper studies. */
  Map<String, Long> counts() {
    return jdbc
        .sql(
            "select treatment, count(*) as papers from evidence_study_treatment group by treatment")
        .query((rs, row) -> Map.entry(rs.getString("treatment"), rs.getLong("papers")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
