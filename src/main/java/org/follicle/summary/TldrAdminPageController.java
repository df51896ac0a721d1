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

/** The admin form that edits a paper's TLDR, reached from the paper page. */
@Controller
class TldrAdminPageController {

  private final Tldrs tldrs;
  private final Catalog catalog;

  TldrAdminPageController(Tldrs tldrs, Catalog catalog) {
    this.tldrs = tldrs;
    this.catalog = catalog;
  }

  @GetMapping("/admin/papers/{id}/tldr")
  String form(@PathVariable long id, Model model) {
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

  @PostMapping("/admin/papers/{id}/tldr")
  String save(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String text,
      Principal editor,
      RedirectAttributes redirect) {
    try {
      tldrs.edit(id, text, editor.getName());
    } catch (TldrEditRejected e) {
      redirect.addFlashAttribute("error", e.getMessage());
      redirect.addFlashAttribute("text", text);
      return "redirect:/admin/papers/" + id + "/tldr";
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/papers/" + id;
  }
}
