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

/** The form that edits a paper's TLDR (moderators and its verified authors). */
@Controller
class TldrEditPageController {

  private final Tldrs tldrs;
  private final Catalog catalog;
  private final SummaryEditors editors;

  TldrEditPageController(Tldrs tldrs, Catalog catalog, SummaryEditors editors) {
    this.editors = editors;
    this.tldrs = tldrs;
    this.catalog = catalog;
  }

  @GetMapping("/papers/{id}/tldr/edit")
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
      model.addAttribute("text", tldrs.current(id).map(TldrVersionView::text).orElse(""));
    }
    return "summary/tldr-edit";
  }

  @PostMapping("/papers/{id}/tldr/edit")
  String save(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String text,
      RedirectAttributes redirect) {
    try {
      tldrs.edit(id, text, editors.requireEditor(id));
    } catch (TldrEditRejected e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addFlashAttribute("text", text);
      return "redirect:/papers/" + id + "/tldr/edit";
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/papers/" + id;
  }
}
