package org.follicle.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The adverse events of a condition's studies of a treatment, one row per event. */
final class AdverseEventTable {

  private AdverseEventTable() {}

  /** Adverse events across the studies; counts add up over the studies that give one. */
  static List<TreatmentReport.AdverseEventRow> of(List<TreatmentStudy> studies) {
    Map<String, int[]> byEvent = new LinkedHashMap<>();
    Map<String, Boolean> counted = new LinkedHashMap<>();
    for (TreatmentStudy study : studies) {
      Map<String, StudyResult> perStudy = new LinkedHashMap<>();
      study.results().stream()
          .filter(r -> r.kind() == StudyResult.Kind.ADVERSE_EVENT)
          .forEach(r -> perStudy.merge(r.outcome(), r, (a, b) -> a.events() != null ? a : b));
      perStudy.forEach(
          (event, r) -> {
            int[] sums = byEvent.computeIfAbsent(event, e -> new int[3]);
            sums[0]++;
            Long denominator =
                r.total() != null ? Long.valueOf(r.total()) : study.study().participants();
            if (r.events() != null && denominator != null) {
              sums[1] += r.events();
              sums[2] += denominator.intValue();
              counted.put(event, true);
            }
          });
    }
    return byEvent.entrySet().stream()
        .map(
            e ->
                new TreatmentReport.AdverseEventRow(
                    e.getKey(),
                    e.getValue()[0],
                    counted.containsKey(e.getKey()) ? e.getValue()[1] : null,
                    counted.containsKey(e.getKey()) ? e.getValue()[2] : null))
        .toList();
  }
}
