package org.follicle.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperDetails;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** One paper as a citation file or a formatted reference, for reference managers and pages. */
@RestController
@Tag(name = "Papers")
class PaperExportApiController {

  private final Catalog catalog;
  private final PaperExporter exporter;

  PaperExportApiController(Catalog catalog, PaperExporter exporter) {
    this.catalog = catalog;
    this.exporter = exporter;
  }

  @GetMapping("/api/papers/{id}/export")
  @Operation(summary = "One paper as BibTeX, RIS, CSL-JSON, or an APA, Vancouver or AMA reference")
  ResponseEntity<String> export(
      @PathVariable long id,
      @Parameter(description = "bibtex, ris, csl-json, apa, vancouver or ama") @RequestParam
          String format) {
    ExportFormat chosen = chosen(format);
    PaperDetails paper =
        catalog
            .paper(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id));
    String body = exporter.export(paper.record(), chosen);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(chosen.mediaType()).removeQualityValue())
        .header(HttpHeaders.CONTENT_TYPE, chosen.mediaType() + ";charset=UTF-8")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("follicle-paper-" + id + chosen.extension(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(body);
  }

  private static ExportFormat chosen(String format) {
    try {
      return ExportFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
  }
}
