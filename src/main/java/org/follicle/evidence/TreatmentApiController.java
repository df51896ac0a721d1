package org.follicle.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.follicle.web.NextPageLink;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The evidence per treatment as JSON. */
@RestController
@Validated
@Tag(name = "Treatments", description = "Evidence per hair-loss treatment, pooled across studies")
class TreatmentApiController {

  private final TreatmentEvidence evidence;

  TreatmentApiController(TreatmentEvidence evidence) {
    this.evidence = evidence;
  }

  /** One page of treatments, with the cursor of the next page (null on the last). */
  record TreatmentListResource(List<TreatmentItem> items, String next) {}

  /** A treatment in the list: what it is, how many studies Follicle holds, where its page is. */
  record TreatmentItem(
      String slug, String name, String kind, long studies, String page, String api) {

    static TreatmentItem of(TreatmentEvidence.Listed listed) {
      Treatment t = listed.treatment();
      return new TreatmentItem(
          t.slug(),
          t.name(),
          t.kind(),
          listed.studies(),
          "/treatments/" + t.slug(),
          "/api/treatments/" + t.slug());
    }
  }

  @GetMapping("/api/treatments")
  @Operation(
      summary = "Hair-loss treatments by name, a page at a time",
      description = "Each with its number of studies; follow 'next' (also in the Link header).")
  ResponseEntity<TreatmentListResource> treatments(
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    String after = after(cursor);
    List<TreatmentEvidence.Listed> all = evidence.all();
    int start = 0;
    if (after != null) {
      start = indexAfter(all, after);
    }
    List<TreatmentEvidence.Listed> shown = all.subList(start, Math.min(all.size(), start + limit));
    String next =
        start + limit < all.size()
            ? TreatmentCursor.encode(shown.get(shown.size() - 1).treatment().slug())
            : null;
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, next);
    return response.body(
        new TreatmentListResource(shown.stream().map(TreatmentItem::of).toList(), next));
  }

  @GetMapping("/api/treatments/{slug}")
  @Operation(
      summary = "The evidence for one treatment",
      description =
          "Its studies by condition and design; per condition and outcome a random-effects pooled"
              + " estimate with its 95% CI (REML and DerSimonian-Laird; logit proportions for"
              + " responses, log ratios for reported ratios), the study rows of the forest plot, I²,"
              + " Q, a GRADE-like certainty with its reasons, and the adverse events reported.")
  TreatmentReport treatment(@PathVariable String slug) {
    return evidence
        .report(slug)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Follicle keeps no treatment page '%s'; GET /api/treatments lists them"
                        .formatted(slug)));
  }

  private static String after(String cursor) {
    try {
      return TreatmentCursor.decode(cursor);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
  }

  private static int indexAfter(List<TreatmentEvidence.Listed> all, String slug) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).treatment().slug().equals(slug)) {
        return i + 1;
      }
    }
    throw new ResponseStatusException(
        HttpStatus.BAD_REQUEST, "cursor names treatment '%s', which is not listed".formatted(slug));
  }
}
