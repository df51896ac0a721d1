package org.follicle.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  private static final Pattern COUNT_OF_TOTAL =
      Pattern.compile("\\b(\\d{1,8})\\s*(?:/|of|out of)\\s*(\\d{1,8})\\b");

  /** The rows of these facts, each with its latest revision in the history (newest first). */
  static List<FactRow> of(List<ModeratedFacts.ShownFact> facts, List<FactRevision> history) {
    Map<String, FactRevision> latest = new LinkedHashMap<>();
    history.forEach(r -> latest.putIfAbsent(r.factId(), r));
    return facts.stream().map(f -> of(f, latest.get(f.id()))).toList();
  }

  private static FactRow of(ModeratedFacts.ShownFact shown, FactRevision revision) {
    StudyFact fact = shown.fact();
    StudyResult result = shown.corrected() ? shown.correction().result() : null;
    Integer events = result == null ? null : result.events();
    Integer total = result == null ? null : result.total();
    Matcher counts = COUNT_OF_TOTAL.matcher(fact.value());
    if (result == null && counts.find()) {
      events = Integer.valueOf(counts.group(1));
      total = Integer.valueOf(counts.group(2));
    }
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
