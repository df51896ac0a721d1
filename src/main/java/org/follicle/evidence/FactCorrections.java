package org.follicle.evidence;

import java.time.Clock;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Moderators correct, remove and add a paper's study facts, each change with a note kept in the
 * history; the paper is filed again under the treatments its facts now name.
 */
@Service
class FactCorrections {

  private final Catalog catalog;
  private final ModeratedFacts facts;
  private final FactCorrectionStore store;
  private final TreatmentAssignments assignments;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  FactCorrections(
      Catalog catalog,
      ModeratedFacts facts,
      FactCorrectionStore store,
      TreatmentAssignments assignments,
      ApplicationEventPublisher events) {
    this.catalog = catalog;
    this.facts = facts;
    this.store = store;
    this.assignments = assignments;
    this.events = events;
  }

  /** The paper's facts as shown; 404 when there is no such paper. */
  @Transactional(readOnly = true)
  List<ModeratedFacts.ShownFact> shown(long paperId) {
    requirePaper(paperId);
    return facts.shown(paperId);
  }

  /** One fact of the paper as shown; 404 when the paper or the fact is unknown. */
  @Transactional(readOnly = true)
  ModeratedFacts.ShownFact fact(long paperId, String factId) {
    return shown(paperId).stream()
        .filter(f -> f.id().equals(factId))
        .findFirst()
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Paper %d has no fact with id %s (facts: GET /api/papers/%d/facts)"
                        .formatted(paperId, factId, paperId)));
  }

  /** The paper's facts as the correction page draws them; 404 when there is no such paper. */
  @Transactional(readOnly = true)
  List<FactRow> rows(long paperId) {
    requirePaper(paperId);
    return facts.rows(paperId, store.history(paperId));
  }

  /** The history of the paper's facts, newest first; 404 when there is no such paper. */
  @Transactional(readOnly = true)
  List<FactRevision> history(long paperId) {
    requirePaper(paperId);
    return store.history(paperId);
  }

  /** A page of the history, newest first, of revisions before the cursor's. */
  @Transactional(readOnly = true)
  List<FactRevision> history(long paperId, long before, int limit) {
    requirePaper(paperId);
    return store.history(paperId, before, limit);
  }

  /** The sentences of the paper's title and abstract, which an added fact may come from. */
  @Transactional(readOnly = true)
  List<String> sentences(long paperId) {
    requirePaper(paperId);
    return catalog.texts(List.of(paperId)).stream()
        .filter(paper -> !paper.abstractSections().isEmpty())
        .flatMap(paper -> Sentences.split(StudyFactWriter.text(paper)).stream())
        .map(span -> span.text().strip())
        .filter(s -> !s.isEmpty())
        .toList();
  }

  /** Corrects a fact's value; returns the fact as it now stands. */
  @Transactional
  ModeratedFacts.ShownFact correct(long paperId, String factId, FactInput input, String moderator) {
    ModeratedFacts.ShownFact shown = fact(paperId, factId);
    FactInput.Stated stated = input.stated(shown.fact().kind(), shown.fact().sentence());
    String note = input.checkedNote();
    long id = save(shown.correction(), next(paperId, shown, false, stated));
    revise(
        paperId,
        id,
        FactRevision.Action.CORRECTED,
        shown.fact(),
        stated.fact().value(),
        note,
        moderator);
    return fact(paperId, "m" + id);
  }

  /** Removes a fact, saying why. */
  @Transactional
  void remove(long paperId, String factId, String note, String moderator) {
    ModeratedFacts.ShownFact shown = fact(paperId, factId);
    String why = FactInput.checkedNote(note);
    FactInput.Stated kept =
        new FactInput.Stated(shown.fact(), shown.corrected() ? shown.correction().result() : null);
    long id = save(shown.correction(), next(paperId, shown, true, kept));
    revise(paperId, id, FactRevision.Action.REMOVED, shown.fact(), null, why, moderator);
  }

  /** Adds a missing fact, from a sentence of the abstract or from the moderator; returns it. */
  @Transactional
  ModeratedFacts.ShownFact add(long paperId, FactInput input, String moderator) {
    requirePaper(paperId);
    FactKind kind = input.parsedKind();
    String sentence = sentence(paperId, input.sentence());
    FactInput.Stated stated = input.stated(kind, sentence);
    String note = input.checkedNote();
    long id =
        save(
            null,
            new FactCorrection(
                0, paperId, null, null, false, stated.fact(), stated.result(), clock.instant()));
    revise(
        paperId,
        id,
        FactRevision.Action.ADDED,
        stated.fact(),
        stated.fact().value(),
        note,
        moderator);
    return fact(paperId, "m" + id);
  }

  /**
   * The correction a fact gets: a new one standing in for an extracted fact, or the moderator's
   * fact's own correction changed (keeping the extracted fact it stands in for, if any).
   */
  private FactCorrection next(
      long paperId, ModeratedFacts.ShownFact shown, boolean removed, FactInput.Stated stated) {
    FactCorrection before = shown.correction();
    return before == null
        ? new FactCorrection(
            0,
            paperId,
            shown.fact().value(),
            shown.fact().sentence(),
            removed,
            stated.fact(),
            stated.result(),
            clock.instant())
        : new FactCorrection(
            before.id(),
            paperId,
            before.extractedValue(),
            before.extractedSentence(),
            removed,
            stated.fact(),
            stated.result(),
            clock.instant());
  }

  /** Stores the correction and files the paper again under the treatments its facts now name. */
  private long save(FactCorrection before, FactCorrection after) {
    long id;
    if (before == null) {
      id = store.insert(after);
    } else {
      store.update(after);
      id = before.id();
    }
    if (assignments.update(after.paperId())) {
      events.publishEvent(new StudyTreatmentsChanged(List.of(after.paperId())));
    }
    return id;
  }

  /** Keeps a revision in the history: the fact as it was (as added, for an added fact). */
  private void revise(
      long paperId,
      long correctionId,
      FactRevision.Action action,
      StudyFact before,
      String after,
      String note,
      String moderator) {
    store.record(
        paperId,
        correctionId,
        new FactRevision(
            0,
            "m" + correctionId,
            action,
            before.kind(),
            action == FactRevision.Action.ADDED ? null : before.value(),
            after,
            note,
            moderator,
            clock.instant()));
  }

  /** The sentence an added fact comes from: one of the abstract's, or none (a moderator's). */
  private String sentence(long paperId, String sentence) {
    if (sentence == null || sentence.isBlank()) {
      return "";
    }
    String wanted = sentence.strip();
    if (!sentences(paperId).contains(wanted)) {
      throw new FactCorrectionRejected(
          "sentence", "this is not a sentence of the paper's title or abstract");
    }
    return wanted;
  }

  private void requirePaper(long paperId) {
    if (catalog.paper(paperId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + paperId);
    }
  }
}
