package org.follicle.catalog;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The home page and the pages that list papers by author, journal and topic. */
@Controller
class PaperListPageController {

  private static final int NEWEST_ON_HOME = 12;
  private static final int TOPICS_SHOWN = 200;

  private final PaperQueries queries;
  private final ObjectProvider<HomePageSection> sections;

  PaperListPageController(PaperQueries queries, ObjectProvider<HomePageSection> sections) {
    this.queries = queries;
    this.sections = sections;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("papers", queries.newest(NEWEST_ON_HOME));
    model.addAttribute("sections", homeSections());
    return "catalog/home";
  }

  private List<PaperPageController.DrawnSection> homeSections() {
    return sections
        .orderedStream()
        .flatMap(
            section ->
                section.content().stream()
                    .map(
                        content ->
                            new PaperPageController.DrawnSection(section.template(), content)))
        .toList();
  }

  @GetMapping("/authors/{id}")
  String author(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
    PaperQueries.Listing listing =
        queries
            .byAuthor(id, page)
            .orElseThrow(() -> RequestedIdentifiers.notFound("No author has id " + id));
    model.addAttribute("orcid", queries.orcidOf(id).orElse(null));
    return listing(model, listing, "author");
  }

  @GetMapping("/journals/{id}")
  String journal(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model) {
    PaperQueries.Listing listing =
        queries
            .byJournal(id, page)
            .orElseThrow(() -> RequestedIdentifiers.notFound("No journal has id " + id));
    model.addAttribute("journal", queries.journal(id).orElseThrow());
    return listing(model, listing, "journal");
  }

  @GetMapping("/topics/{slug}")
  String topic(
      @PathVariable String slug,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "newest") String sort,
      Model model) {
    boolean mostCited = isMostCited(sort);
    PaperQueries.Listing listing =
        (mostCited ? queries.byTopicMostCited(slug, page) : queries.byTopic(slug, page))
            .orElseThrow(() -> RequestedIdentifiers.notFound("No topic is called " + slug));
    model.addAttribute("slug", slug);
    model.addAttribute("sort", mostCited ? "cited" : "newest");
    return listing(model, listing, "topic");
  }

  private static boolean isMostCited(String sort) {
    return switch (sort.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "newest" -> false;
      case "cited" -> true;
      default ->
          throw new ResponseStatusException(
              HttpStatus.BAD_REQUEST,
              "sort '%s' is not known for a topic; use newest or cited".formatted(sort));
    };
  }

  @GetMapping("/topics")
  String topics(Model model) {
    model.addAttribute("keywords", queries.keywordTopics(TOPICS_SHOWN));
    model.addAttribute("categories", queries.categoryTopics(TOPICS_SHOWN));
    return "catalog/topics";
  }

  private static String listing(Model model, PaperQueries.Listing listing, String kind) {
    model.addAttribute("listing", listing);
    model.addAttribute("kind", kind);
    return "catalog/listing";
  }
}
