package org.follicle.summary;

import java.security.Principal;
import java.util.NoSuchElementException;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperDetails;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin form that edits a paper's plain-language summary, reached from the paper page. */
@Controller
class PlainSummaryAdminPageController {

  private final PlainSummaries summaries;
  private final Catalog catalog;

  PlainSummaryAdminPageController(PlainSummaries summaries, Catalog catalog) {
    this.summaries = summaries;
    this.catalog = catalog;
  }

  @GetMapping("/admin/papers/{id}/plain-summary")
  String form(@PathVariable long id, Model model) {
    PaperDetails paper =
        catalog
            .paper(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id));
    model.addAttribute("paperId", id);
    model.addAttribute("paperTitle", paper.record().title());
    if (!model.containsAttribute("text")) {
      model.addAttribute("text", summaries.current(id).map(TldrVersionView::text).orElse(""));
    }
    return "summary/plain-summary-edit";
  }

  @PostMapping("/admin/papers/{id}/plain-summary")
  String save(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String text,
      Principal editor,
      RedirectAttributes redirect) {
    try {
      summaries.edit(id, text, editor.getName());
    } catch (TldrEditRejected e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addFlashAttribute("text", text);
      return "redirect:/admin/papers/" + id + "/plain-summary";
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/papers/" + id;
  }
}
