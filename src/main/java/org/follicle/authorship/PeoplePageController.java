package org.follicle.authorship;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An author's profile page: their verified papers, then other modules' sections. */
@Controller
class PeoplePageController {

  private final AuthorProfiles profiles;
  private final ObjectProvider<AuthorProfileSection> sections;

  PeoplePageController(AuthorProfiles profiles, ObjectProvider<AuthorProfileSection> sections) {
    this.profiles = profiles;
    this.sections = sections;
  }

  /** A section with what it shows, for the template to draw. */
  record DrawnSection(String template, Object content) {}

  @GetMapping("/people/{username}")
  String person(@PathVariable String username, Model model) {
    AuthorProfile profile = profiles.profile(username);
    model.addAttribute("profile", profile);
    model.addAttribute("sections", drawn(profile.accountId()));
    return "authorship/person";
  }

  private List<DrawnSection> drawn(long accountId) {
    return sections
        .orderedStream()
        .flatMap(
            section ->
                section.content(accountId).stream()
                    .map(content -> new DrawnSection(section.template(), content)))
        .toList();
  }
}
