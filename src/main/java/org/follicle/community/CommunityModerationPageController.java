package org.follicle.community;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The moderation pages of the community (the queue, bans and the log, for moderators), the forms
 * that flag, dismiss, remove, restore and ban, and a post's edit history. A refused form comes back
 * to its page with the reason.
 */
@Controller
class CommunityModerationPageController {

  private static final int QUEUE_PAGE = 25;
  private static final int LOG_PAGE = 50;
  private static final String KINDS = "{kind:posts|comments}";
  private static final String QUEUE = "redirect:/moderation/community";

  private final CommunityModeration moderation;
  private final PostHistory history;
  private final Community community;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  CommunityModerationPageController(
      CommunityModeration moderation,
      PostHistory history,
      Community community,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.moderation = moderation;
    this.history = history;
    this.community = community;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @PostMapping("/community/" + KINDS + "/{id}/flag")
  String flag(
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String note,
      RedirectAttributes redirect) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    ModerationTarget target = ModerationTarget.ofPath(kind);
    String back = placeOf(target, id);
    rateLimits.consume("flagging");
    try {
      moderation.flag(reader, target, id, reason, note);
      redirect.addFlashAttribute(
          "moderationNotice", "Thank you: a moderator will look at this " + target.code() + ".");
    } catch (CommunityProblem refused) {
      redirect.addFlashAttribute("moderationError", refused.getReason());
    }
    return "redirect:" + back;
  }

  @GetMapping("/community/posts/{id}/history")
  String history(@PathVariable long id, Model model) {
    PostRow post = community.post(id);
    moderation.removalShownTo(post, currentUser.current().orElse(null));
    model.addAttribute("post", post);
    model.addAttribute("versions", history.of(post));
    return "community/post-history";
  }

  @GetMapping("/moderation/community")
  String queue(
      @RequestParam(required = false) String cursor, Model model, HttpServletResponse response) {
    noStore(response);
    currentUser.require(Role.MODERATOR);
    model.addAttribute("queue", moderation.queue(cursor, QUEUE_PAGE));
    return "community/moderation-queue";
  }

  @PostMapping("/moderation/community/" + KINDS + "/{id}/dismiss")
  String dismiss(
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    act(
        redirect,
        () -> moderation.dismiss(moderator, ModerationTarget.ofPath(kind), id, reason),
        "Dismissed the flags on " + kind.substring(0, kind.length() - 1) + " " + id + ".");
    return QUEUE;
  }

  @PostMapping("/moderation/community/" + KINDS + "/{id}/remove")
  String remove(
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String from,
      RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    ModerationTarget target = ModerationTarget.ofPath(kind);
    act(
        redirect,
        () -> moderation.remove(moderator, target, id, reason),
        "Removed " + target.code() + " " + id + "; its author was told why.");
    return "post".equals(from) ? "redirect:" + placeOf(target, id) : QUEUE;
  }

  @PostMapping("/moderation/community/" + KINDS + "/{id}/restore")
  String restore(
      @PathVariable String kind,
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    ModerationTarget target = ModerationTarget.ofPath(kind);
    act(
        redirect,
        () -> moderation.restore(moderator, target, id, reason),
        "Restored " + target.code() + " " + id + ".");
    return "redirect:" + placeOf(target, id);
  }

  @GetMapping("/moderation/community/bans")
  String bans(Model model, HttpServletResponse response) {
    noStore(response);
    currentUser.require(Role.MODERATOR);
    model.addAttribute("bans", moderation.bans());
    return "community/moderation-bans";
  }

  @PostMapping("/moderation/community/bans")
  String ban(
      @RequestParam(required = false) Long accountId,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String until,
      RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    act(
        redirect,
        () -> {
          if (accountId == null) {
            throw CommunityProblem.field("accountId", "name the account to ban by its id");
          }
          moderation.ban(moderator, accountId, reason, day(until));
        },
        "Banned account " + accountId + " from the community.");
    return "redirect:/moderation/community/bans";
  }

  @PostMapping("/moderation/community/bans/{accountId}/lift")
  String unban(
      @PathVariable long accountId,
      @RequestParam(required = false) String reason,
      RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    act(
        redirect,
        () -> moderation.unban(moderator, accountId, reason),
        "Lifted the ban on account " + accountId + ".");
    return "redirect:/moderation/community/bans";
  }

  @GetMapping("/moderation/community/log")
  String log(
      @RequestParam(required = false) String cursor, Model model, HttpServletResponse response) {
    noStore(response);
    currentUser.require(Role.MODERATOR);
    model.addAttribute("log", moderation.log(cursor, LOG_PAGE));
    return "community/moderation-log";
  }

  /** Runs a moderator's action; its page says what was done or why it was refused. */
  private static void act(RedirectAttributes redirect, Runnable action, String done) {
    try {
      action.run();
      redirect.addFlashAttribute("moderationNotice", done);
    } catch (CommunityProblem refused) {
      redirect.addFlashAttribute("moderationError", refused.getReason());
    }
  }

  /** The page where the post or comment is shown. */
  private String placeOf(ModerationTarget target, long id) {
    if (target == ModerationTarget.POST) {
      return "/community/posts/" + id;
    }
    return "/community/posts/" + community.commentById(id).postId() + "#comment-" + id;
  }

  private static LocalDate day(String until) {
    if (until == null || until.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(until.strip());
    } catch (DateTimeParseException e) {
      throw CommunityProblem.field("until", "'%s' is not a day like 2027-01-31".formatted(until));
    }
  }

  private static void noStore(HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
  }
}
