package org.follicle.evidence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Reads the facts, results and treatments of papers from their titles and abstracts and stores them
 * in place of what an earlier reading stored; papers no longer in the catalogue lose theirs.
 */
@Component
class StudyFactWriter {

  private final Catalog catalog;
  private final StudyFactStore facts;
  private final StudyResultStore results;
  private final StudyTreatmentStore treatments;
  private final TreatmentAssignments assignments;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();
  // The models take a moment to load: only when the first paper needs them.
  private final Supplier<StudyFactExtractor> extractor =
      SingletonSupplier.of(StudyFactExtractor::shipped);

  StudyFactWriter(
      Catalog catalog,
      StudyFactStore facts,
      StudyResultStore results,
      StudyTreatmentStore treatments,
      TreatmentAssignments assignments,
      ApplicationEventPublisher events) {
    this.assignments = assignments;
    this.events = events;
    this.catalog = catalog;
    this.facts = facts;
    this.results = results;
    this.treatments = treatments;
  }

  /**
   * Extracts these papers again and tells the other modules of those whose treatments changed;
   * returns how many the catalogue still holds.
   */
  int extract(Collection<Long> paperIds) {
    Set<Long> gone = new HashSet<>(paperIds);
    List<Long> changed = new ArrayList<>();
    int extracted = 0;
    // Reading facts is CPU work on one paper at a time, so the papers share the cores; storing
    // stays in the caller's transaction and thread.
    List<Map.Entry<Long, StudyFactExtractor.Extraction>> extractions =
        catalog.texts(paperIds).parallelStream()
            .map(paper -> Map.entry(paper.id(), extraction(paper)))
            .toList();
    for (Map.Entry<Long, StudyFactExtractor.Extraction> paper : extractions) {
      if (store(paper.getKey(), paper.getValue())) {
        changed.add(paper.getKey());
      }
      gone.remove(paper.getKey());
      extracted++;
    }
    for (long id : gone) {
      facts.delete(id);
      results.delete(id);
      treatments.delete(id);
    }
    if (!changed.isEmpty()) {
      events.publishEvent(new StudyTreatmentsChanged(changed));
    }
    return extracted;
  }

  /**
   * The facts and the results, each replacing what was read before (moderators' corrections are
   * kept apart and stay), and the treatments studied; returns whether the treatments changed.
   */
  private boolean store(long paperId, StudyFactExtractor.Extraction extraction) {
    facts.replace(paperId, extraction.facts(), clock.instant());
    results.replace(paperId, extraction.results());
    return assignments.update(paperId);
  }

  /** A paper without an abstract has no facts. */
  private StudyFactExtractor.Extraction extraction(PaperText paper) {
    if (paper.abstractSections().isEmpty()) {
      return new StudyFactExtractor.Extraction(
          List.of(), List.of(), OptionalLong.empty(), List.of());
    }
    return extractor.get().extract(text(paper));
  }

  /** The title as the first sentence, then the abstract, as the models were trained on. */
  static String text(PaperText paper) {
    String title = paper.title().strip();
    String abstractText =
        paper.abstractSections().stream()
            .map(PaperRecord.AbstractSection::text)
            .collect(Collectors.joining(" "));
    return (title.matches(".*[.!?]$") ? title : title + ".") + " " + abstractText;
  }
}
