package org.follicle.evidence;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperText;
import org.follicle.catalog.PapersStored;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Extracts the study facts of every stored paper from its title and abstract once the catalogue has
 * committed it, replacing what an earlier extraction stored; the event registry runs it again if
 * extraction fails or the process dies first.
 */
@Component
@ConditionalOnProperty(
    name = "follicle.evidence.on-import",
    havingValue = "true",
    matchIfMissing = true)
class StudyFactUpdater {

  private final Catalog catalog;
  private final StudyFactStore store;
  private final StudyResultStore results;
  private final StudyTreatmentStore treatments;
  private final Clock clock;
  // The models take a moment to load: only when the first paper needs them.
  private final Supplier<StudyFactExtractor> extractor =
      SingletonSupplier.of(StudyFactExtractor::shipped);

  StudyFactUpdater(
      Catalog catalog,
      StudyFactStore store,
      StudyResultStore results,
      StudyTreatmentStore treatments) {
    this.catalog = catalog;
    this.store = store;
    this.results = results;
    this.treatments = treatments;
    this.clock = Clock.systemUTC();
  }

  @ApplicationModuleListener
  void on(PapersStored stored) {
    Set<Long> gone = new HashSet<>(stored.paperIds());
    for (PaperText paper : catalog.texts(stored.paperIds())) {
      store(paper.id(), extraction(paper));
      gone.remove(paper.id());
    }
    for (long id : gone) {
      store.delete(id);
      results.delete(id);
      treatments.delete(id);
    }
  }

  /** The facts, the results and the treatments studied, each replacing what was stored. */
  private void store(long paperId, StudyFactExtractor.Extraction extraction) {
    List<StudyFact> facts = extraction.facts();
    store.replace(paperId, facts, clock.instant());
    results.replace(paperId, extraction.results());
    List<Treatment> studied =
        HairLossTreatments.ALL.stream()
            .filter(
                t ->
                    facts.stream()
                        .anyMatch(f -> f.kind() == FactKind.INTERVENTION && t.namedIn(f.value())))
            .toList();
    treatments.replace(paperId, studied, HairLossConditions.of(facts).slug());
  }

  /** A paper without an abstract has no facts. */
  private StudyFactExtractor.Extraction extraction(PaperText paper) {
    if (paper.abstractSections().isEmpty()) {
      return new StudyFactExtractor.Extraction(
          List.of(), List.of(), java.util.OptionalLong.empty(), List.of());
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
