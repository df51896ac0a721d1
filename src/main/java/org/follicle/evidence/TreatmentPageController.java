package org.follicle.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The treatment pages: the list of treatments and the evidence for each. */
@Controller
class TreatmentPageController {

  private final TreatmentEvidence evidence;

  TreatmentPageController(TreatmentEvidence evidence) {
    this.evidence = evidence;
  }

  @GetMapping("/treatments")
  String treatments(Model model) {
    model.addAttribute("treatments", evidence.all());
    return "evidence/treatments";
  }

  @GetMapping("/treatments/{slug}")
  String treatment(@PathVariable String slug, Model model) {
    TreatmentReport report =
        evidence
            .report(slug)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "Follicle keeps no treatment page '" + slug + "'"));
    model.addAttribute("report", report);
    return "evidence/treatment";
  }
}
