package org.follicle.evidence;

import java.util.List;
import java.util.Optional;
import org.follicle.catalog.PaperSummary;

/** A study of a treatment as its page lists it, with the results read from its abstract. */
record TreatmentStudy(TreatmentReport.Study study, List<StudyResult> results) {

  static TreatmentStudy of(PaperSummary paper, List<StudyFact> facts, List<StudyResult> results) {
    String design = first(facts, FactKind.DESIGN).orElse("design not stated");
    Long participants =
        first(facts, FactKind.SAMPLE_SIZE)
            .map(v -> v.replaceAll("[^0-9]", ""))
            .filter(v -> !v.isEmpty() && v.length() < 10)
            .map(Long::valueOf)
            .orElse(design.equals("case report") ? 1L : null);
    String year = paper.date().year() == null ? "" : paper.date().year().toString();
    return new TreatmentStudy(
        new TreatmentReport.Study(
            paper.id(), paper.title(), year, design, participants, paper.citedBy()),
        results);
  }

  private static Optional<String> first(List<StudyFact> facts, FactKind kind) {
    return facts.stream().filter(f -> f.kind() == kind).map(StudyFact::value).findFirst();
  }

  String label() {
    String title = study.title();
    String shortTitle = title.length() <= 24 ? title : title.substring(0, 23).strip() + "…";
    return study.year().isEmpty() ? shortTitle : shortTitle + " (" + study.year() + ")";
  }
}
