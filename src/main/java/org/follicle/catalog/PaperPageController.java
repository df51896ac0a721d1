package org.follicle.catalog;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
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
  private final ObjectProvider<PaperPageSection> sections;

  PaperPageController(
      Catalog catalog, ScholarlyMetadata metadata, ObjectProvider<PaperPageSection> sections) {
    this.catalog = catalog;
    this.metadata = metadata;
    this.sections = sections;
  }

  /** A section with its content for one paper, as the page template draws it. */
  record DrawnSection(String template, Object content) {}

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
    model.addAttribute("leadSections", drawn(id, PaperPageSection.Placement.LEAD));
    model.addAttribute("bodySections", drawn(id, PaperPageSection.Placement.BODY));
    return "catalog/paper";
  }

  private List<DrawnSection> drawn(long paperId, PaperPageSection.Placement placement) {
    return sections
        .orderedStream()
        .filter(section -> section.placement() == placement)
        .flatMap(
            section ->
                section.content(paperId).stream()
                    .map(content -> new DrawnSection(section.template(), content)))
        .toList();
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
