package org.follicle.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The paper page, and the DOI and PMID addresses that lead to it. */
@Controller
class PaperPageController {

  private final Catalog catalog;
  private final ScholarlyMetadata metadata;

  PaperPageController(Catalog catalog, ScholarlyMetadata metadata) {
    this.catalog = catalog;
    this.metadata = metadata;
  }

  @GetMapping("/papers/{id}")
  String paper(@PathVariable long id, Model model) {
    PaperDetails paper =
        catalog.paper(id).orElseThrow(() -> RequestedIdentifiers.notFound("No paper has id " + id));
    String pageUrl = ServletUriComponentsBuilder.fromCurrentRequestUri().toUriString();
    model.addAttribute("paper", paper);
    model.addAttribute("r", paper.record());
    model.addAttribute("journal", paper.record().journal());
    model.addAttribute("metaTags", metadata.highwireTags(paper));
    model.addAttribute("jsonLd", metadata.jsonLd(paper, pageUrl));
    model.addAttribute("canonicalUrl", pageUrl);
    return "catalog/paper";
  }

  /** A DOI contains slashes, so the whole rest of the path is the DOI. */
  @GetMapping("/doi/{*doi}")
  String byDoi(@PathVariable String doi) {
    Doi parsed = RequestedIdentifiers.doi(doi.startsWith("/") ? doi.substring(1) : doi);
    long id =
        catalog
            .idByDoi(parsed)
            .orElseThrow(() -> RequestedIdentifiers.notFound("No paper has DOI " + parsed));
    return "redirect:/papers/" + id;
  }

  @GetMapping("/pmid/{pmid}")
  String byPmid(@PathVariable String pmid) {
    String parsed = RequestedIdentifiers.pmid(pmid);
    long id =
        catalog
            .idByPmid(parsed)
            .orElseThrow(() -> RequestedIdentifiers.notFound("No paper has PMID " + parsed));
    return "redirect:/papers/" + id;
  }
}
