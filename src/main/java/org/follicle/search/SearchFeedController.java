package org.follicle.search;

import java.time.Clock;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Atom feeds of the newest papers of a search and of a topic, for feed readers. */
@Controller
class SearchFeedController {

  static final int ENTRIES = 50;
  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");

  private final PaperSearch search;
  private final Catalog catalog;
  private final Clock clock;

  SearchFeedController(PaperSearch search, Catalog catalog, Clock clock) {
    this.search = search;
    this.catalog = catalog;
    this.clock = clock;
  }

  @GetMapping("/search/feed")
  ResponseEntity<byte[]> searchFeed(@RequestParam(defaultValue = "") String q) {
    List<PaperSummary> papers = search.newest(q, null, ENTRIES);
    String title = q.isBlank() ? "Follicle: newest studies" : "Follicle: studies matching " + q;
    String page = base().path("/search").queryParam("q", q).encode().toUriString();
    return feed(title, page, papers);
  }

  @GetMapping("/topics/{slug}/feed")
  ResponseEntity<byte[]> topicFeed(@PathVariable String slug) {
    String name =
        catalog
            .topicName(slug)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No topic is called " + slug));
    String page = base().path("/topics/{slug}").buildAndExpand(slug).encode().toUriString();
    return feed("Follicle: " + name, page, search.newest("", slug, ENTRIES));
  }

  private ResponseEntity<byte[]> feed(String title, String page, List<PaperSummary> papers) {
    String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
    String root = base().toUriString();
    return ResponseEntity.ok()
        .contentType(ATOM)
        .body(AtomFeed.write(title, self, page, root, papers, clock.instant()));
  }

  private static UriComponentsBuilder base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath();
  }
}
