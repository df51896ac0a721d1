package org.follicle.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fact as the paper page and the correction page draw it: its id, kind, value and sentence, the
 * counts a response or adverse event states (to fill the correction form), and its latest
 * correction (null when none).
 */
record FactRow(
    String id,
    String kind,
    String label,
    String value,
    String sentence,
    String outcome,
    Integer events,
    Integer total,
    String timepoint,
    FactRevision correction) {

  /**
   * The rows of these facts, each with its latest revision in the history (newest first) and the
   * counts it states: a correction's own, or those of the extracted result an extracted fact
   * states.
   */
  static List<FactRow> of(
      List<ModeratedFacts.ShownFact> facts,
      List<FactRevision> history,
      List<StudyResult> extractedResults) {
    Map<String, FactRevision> latest = new LinkedHashMap<>();
    history.forEach(r -> latest.putIfAbsent(r.factId(), r));
    return facts.stream().map(f -> of(f, latest.get(f.id()), result(f, extractedResults))).toList();
  }

  private static StudyResult result(
      ModeratedFacts.ShownFact shown, List<StudyResult> extractedResults) {
    if (shown.corrected()) {
      return shown.correction().result();
    }
    return extractedResults.stream()
        .filter(r -> ModeratedFacts.states(shown.fact(), r))
        .findFirst()
        .orElse(null);
  }

  private static FactRow of(
      ModeratedFacts.ShownFact shown, FactRevision revision, StudyResult result) {
    StudyFact fact = shown.fact();
    Integer events = result == null ? null : result.events();
    Integer total = result == null ? null : result.total();
    return new FactRow(
        shown.id(),
        fact.kind().name().toLowerCase(Locale.ROOT),
        fact.kind().label(),
        fact.value(),
        fact.sentence(),
        result == null ? null : result.outcome(),
        events,
        total,
        result == null ? null : result.timepoint(),
        revision);
  }

  /** Whether this fact's correction form asks for an outcome and counts, not a value. */
  public boolean counted() {
    return kind.equals("response_rate") || kind.equals("adverse_event");
  }
}
