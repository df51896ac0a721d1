package org.follicle.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The visual abstract of a paper: as SVG and PNG images, and described in the JSON API. */
@RestController
@Tag(name = "Visual abstracts", description = "The generated image of each study with facts")
class VisualAbstractController {

  private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

  private final VisualAbstracts abstracts;

  VisualAbstractController(VisualAbstracts abstracts) {
    this.abstracts = abstracts;
  }

  /** A visual abstract described: its panels, its alt text and where its images are. */
  record VisualAbstractResource(
      long paperId, String altText, List<VisualAbstract.Panel> panels, String svg, String png) {}

  @GetMapping("/papers/{id}/visual-abstract.svg")
  ResponseEntity<String> svg(@PathVariable long id) {
    return image(SVG, "svg", id).body(VisualAbstractImages.svg(found(id)));
  }

  @GetMapping("/papers/{id}/visual-abstract.png")
  ResponseEntity<byte[]> png(@PathVariable long id) {
    return image(MediaType.IMAGE_PNG, "png", id).body(VisualAbstractImages.png(found(id)));
  }

  @GetMapping("/api/papers/{id}/visual-abstract")
  @Operation(
      summary = "The visual abstract of one paper",
      description =
          "Design, population, intervention, key result and follow-up as drawn on the image, its"
              + " alt text, and the addresses of the SVG and PNG images.")
  VisualAbstractResource resource(@PathVariable long id) {
    VisualAbstract va = found(id);
    return new VisualAbstractResource(
        id,
        va.altText(),
        va.panels(),
        "/papers/%d/visual-abstract.svg".formatted(id),
        "/papers/%d/visual-abstract.png".formatted(id));
  }

  private VisualAbstract found(long id) {
    return abstracts
        .of(id)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "No paper with id %d has study facts to draw a visual abstract from"
                        .formatted(id)));
  }

  private static ResponseEntity.BodyBuilder image(MediaType type, String extension, long id) {
    return ResponseEntity.ok()
        .contentType(type)
        .cacheControl(CacheControl.noCache())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "inline; filename=\"follicle-study-%d-visual-abstract.%s\"".formatted(id, extension));
  }
}
