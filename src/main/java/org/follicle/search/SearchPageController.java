package org.follicle.search;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search results page. */
@Controller
class SearchPageController {

  private final PaperSearch search;

  SearchPageController(PaperSearch search) {
    this.search = search;
  }

  @GetMapping("/search")
  String results(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String mode,
      @RequestParam(required = false) String cursor,
      Model model) {
    model.addAttribute("modes", search.modes());
    model.addAttribute(
        "page", SearchRequest.run(search, q, sort, mode, cursor, PaperSearch.DEFAULT_LIMIT));
    return "search/results";
  }
}
