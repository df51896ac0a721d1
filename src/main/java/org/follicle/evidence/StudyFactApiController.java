package org.follicle.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The study facts of a paper as JSON. */
@RestController
@Tag(name = "Study facts", description = "Facts read from each paper's abstract")
class StudyFactApiController {

  private final StudyFacts facts;

  StudyFactApiController(StudyFacts facts) {
    this.facts = facts;
  }

  /** The facts of one paper. */
  record FactsResource(long paperId, List<FactResource> facts) {}

  /** One fact: its kind, its value and the sentence it was read from. */
  record FactResource(String kind, String label, String value, String sentence) {

    static FactResource of(StudyFact fact) {
      return new FactResource(
          fact.kind().name().toLowerCase(java.util.Locale.ROOT),
          fact.kind().label(),
          fact.value(),
          fact.sentence());
    }
  }

  @GetMapping("/api/papers/{id}/facts")
  @Operation(
      summary = "The study facts of one paper",
      description =
          "Design, sample size, age, sex, condition, intervention with dose, comparator, duration,"
              + " follow-up, outcome measures, response rates and adverse events, each with the"
              + " sentence of the abstract it was read from.")
  FactsResource facts(@PathVariable long id) {
    return facts
        .of(id)
        .map(list -> new FactsResource(id, list.stream().map(FactResource::of).toList()))
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id));
  }
}
