package org.follicle.community;

import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page over posts, and the forms that follow and unfollow a study's discussion. */
@Controller
class CommunityLinksPageController {

  private static final int PAGE = 20;

  private final PostSearch search;
  private final StudyFollows follows;
  private final Community community;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  CommunityLinksPageController(
      PostSearch search,
      StudyFollows follows,
      Community community,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.search = search;
    this.follows = follows;
    this.community = community;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @GetMapping("/community/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String channel,
      @RequestParam(required = false) String cursor,
      Model model) {
    model.addAttribute("q", q == null ? "" : q.strip());
    model.addAttribute("channel", channel == null ? "" : channel);
    model.addAttribute("channels", community.channels());
    if (q != null && !q.isBlank()) {
      model.addAttribute("results", search.search(q, channel, cursor, PAGE));
    }
    return "community/search";
  }

  @PostMapping("/papers/{id}/community/follow")
  String follow(@PathVariable long id) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("following");
    follows.follow(user.id(), id);
    return "redirect:/papers/" + id + "#community-heading";
  }

  @PostMapping("/papers/{id}/community/unfollow")
  String unfollow(@PathVariable long id) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("following");
    follows.unfollow(user.id(), id);
    return "redirect:/papers/" + id + "#community-heading";
  }
}
