package org.follicle.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Import jobs over HTTP, for the admin token holder: upload a file, then poll its job. */
@RestController
@RequestMapping("/api/imports")
@Tag(
    name = "Imports",
    description = "Background imports of uploaded files (admin token as HTTP Basic password)")
class ImportJobApiController {

  private final ImportJobs jobs;
  private final Importer importer;

  ImportJobApiController(ImportJobs jobs, Importer importer) {
    this.jobs = jobs;
    this.importer = importer;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Upload a file to import; answers 202 with the job to poll")
  ResponseEntity<ImportJobView> upload(
      @RequestParam("file") MultipartFile file, @RequestParam(required = false) String format)
      throws IOException {
    Optional<String> named = checkedFormat(format);
    if (file.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "the file '" + file.getOriginalFilename() + "' is empty");
    }
    ImportJobView job;
    try (InputStream content = file.getInputStream()) {
      job = jobs.submit(file.getOriginalFilename(), content, named);
    }
    return ResponseEntity.accepted().location(URI.create("/api/imports/" + job.id())).body(job);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One import job, with its progress and, when done, its report")
  ImportJobView job(@PathVariable String id) {
    return jobs.job(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No import job has id " + id));
  }

  @GetMapping
  @Operation(summary = "The 50 newest import jobs")
  List<ImportJobView> recent() {
    return jobs.recent(50);
  }

  private Optional<String> checkedFormat(String format) {
    if (format == null || format.isBlank()) {
      return Optional.empty();
    }
    if (!importer.knows(format)) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "unknown format '%s'; known: %s".formatted(format, importer.formats()));
    }
    return Optional.of(format);
  }
}
