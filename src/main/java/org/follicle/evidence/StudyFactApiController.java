package org.follicle.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The study facts of a paper as JSON, with whether and how a moderator corrected each. */
@RestController
@Tag(name = "Study facts", description = "Facts read from each paper's abstract")
class StudyFactApiController {

  private final FactCorrections corrections;

  StudyFactApiController(FactCorrections corrections) {
    this.corrections = corrections;
  }

  /** The facts of one paper. */
  record FactsResource(long paperId, List<FactResource> facts) {}

  /**
   * One fact: its id, kind, value and the sentence it was read from (null when a moderator added it
   * without one), and whether a moderator corrected or added it.
   */
  record FactResource(
      String id,
      String kind,
      String label,
      String value,
      String sentence,
      boolean corrected,
      Instant correctedAt) {

    static FactResource of(ModeratedFacts.ShownFact shown) {
      StudyFact fact = shown.fact();
      return new FactResource(
          shown.id(),
          fact.kind().name().toLowerCase(Locale.ROOT),
          fact.kind().label(),
          fact.value(),
          fact.sentence().isEmpty() ? null : fact.sentence(),
          shown.corrected(),
          shown.corrected() ? shown.correction().correctedAt() : null);
    }
  }

  @GetMapping("/api/papers/{id}/facts")
  @Operation(
      summary = "The study facts of one paper",
      description =
          "Design, sample size, age, sex, condition, intervention with dose, comparator, duration,"
              + " follow-up, outcome measures, response rates and adverse events, each with the"
              + " sentence of the abstract it was read from, its id and whether a moderator"
              + " corrected it (the history: GET /api/papers/{id}/facts/history).")
  FactsResource facts(@PathVariable long id) {
    return new FactsResource(id, corrections.shown(id).stream().map(FactResource::of).toList());
  }
}
