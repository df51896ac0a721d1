package org.follicle.summary;

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

/** The form that edits a paper's plain-language summary (moderators and its verified authors). */
@Controller
class PlainSummaryEditPageController {

  private final PlainSummaries summaries;
  private final Catalog catalog;
  private final SummaryEditors editors;

  PlainSummaryEditPageController(
      PlainSummaries summaries, Catalog catalog, SummaryEditors editors) {
    this.editors = editors;
    this.summaries = summaries;
    this.catalog = catalog;
  }

  @GetMapping("/papers/{id}/plain-summary/edit")
  String form(@PathVariable long id, Model model) {
    editors.requireEditor(id);
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

  @PostMapping("/papers/{id}/plain-summary/edit")
  String save(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String text,
      RedirectAttributes redirect) {
    try {
      summaries.edit(id, text, editors.requireEditor(id));
    } catch (TldrEditRejected e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addFlashAttribute("text", text);
      return "redirect:/papers/" + id + "/plain-summary/edit";
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/papers/" + id;
  }
}
