package org.follicle.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin page that uploads a file to import and follows its job. */
@Controller
class ImportAdminPageController {

  private final ImportJobs jobs;
  private final Importer importer;

  ImportAdminPageController(ImportJobs jobs, Importer importer) {
    this.jobs = jobs;
    this.importer = importer;
  }

  @GetMapping("/admin/imports")
  String imports(Model model) {
    model.addAttribute("jobs", jobs.recent(20));
    model.addAttribute("formats", importer.formats());
    return "ingest/imports";
  }

  @PostMapping("/admin/imports")
  String upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String format,
      RedirectAttributes redirect)
      throws IOException {
    if (file.isEmpty()) {
      redirect.addFlashAttribute("error", "Choose a file to import: the one sent was empty.");
      return "redirect:/admin/imports";
    }
    Optional<String> named = Optional.ofNullable(format).filter(f -> !f.isBlank());
    try (InputStream content = file.getInputStream()) {
      return "redirect:/admin/imports/"
          + jobs.submit(file.getOriginalFilename(), content, named).id();
    }
  }

  @GetMapping("/admin/imports/{id}")
  String job(@PathVariable String id, Model model) {
    model.addAttribute(
        "job",
        jobs.job(id)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No import job has id " + id)));
    return "ingest/import";
  }
}
