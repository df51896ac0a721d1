package org.follicle.authorship;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Linking an ORCID iD from the claims page: off to ORCID's sign-in, back at the callback, and
 * unlinking. Every outcome lands on {@code /account/claims} with a message.
 */
@Controller
class OrcidPageController {

  private static final String PENDING = OrcidPageController.class.getName() + ".pending";
  private static final String CLAIMS_PAGE = "/account/claims";

  private final OrcidSignIn signIn;
  private final OrcidLinking linking;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  OrcidPageController(
      OrcidSignIn signIn, OrcidLinking linking, CurrentUser currentUser, RateLimits rateLimits) {
    this.signIn = signIn;
    this.linking = linking;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @GetMapping("/account/orcid/link")
  RedirectView link(HttpSession session, RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    if (!signIn.enabled()) {
      return failed(redirect, "Linking an ORCID iD is not offered on this Follicle");
    }
    rateLimits.consume("orcid-linking");
    try {
      URI callback =
          ServletUriComponentsBuilder.fromCurrentContextPath()
              .path("/account/orcid/callback")
              .build()
              .toUri();
      OrcidSignIn.Start start = signIn.start(user.id(), callback);
      session.setAttribute(PENDING, start.pending());
      RedirectView toProvider = new RedirectView(start.authorizationUri().toString());
      toProvider.setExpandUriTemplateVariables(false);
      return toProvider;
    } catch (OrcidLinkFailed failure) {
      return failed(redirect, failure.getMessage());
    }
  }

  @GetMapping("/account/orcid/callback")
  RedirectView callback(
      HttpServletRequest request, HttpSession session, RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    Object pending = session.getAttribute(PENDING);
    // One answer per start: a replayed or second callback finds nothing.
    session.removeAttribute(PENDING);
    if (!(pending instanceof PendingOrcidLink started) || started.accountId() != user.id()) {
      return failed(
          redirect,
          "This answer from ORCID does not belong to a link you started here, or was used"
              + " already; start again with \u201cLink your ORCID iD\u201d");
    }
    try {
      OrcidId orcid = signIn.finish(started, parameters(request));
      List<Claim> verified = linking.link(user.id(), orcid);
      redirect.addFlashAttribute("orcidLinked", orcid.value());
      redirect.addFlashAttribute("orcidVerified", verified.size());
    } catch (OrcidLinkFailed failure) {
      return failed(redirect, failure.getMessage());
    } catch (ClaimRefused refused) {
      return failed(redirect, refused.getReason());
    }
    return new RedirectView(CLAIMS_PAGE, true);
  }

  @PostMapping("/account/orcid/unlink")
  RedirectView unlink(RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("orcid-linking");
    redirect.addFlashAttribute("orcidUnlinked", linking.unlink(user.id()));
    return new RedirectView(CLAIMS_PAGE, true);
  }

  private static RedirectView failed(RedirectAttributes redirect, String message) {
    redirect.addFlashAttribute("orcidError", message);
    return new RedirectView(CLAIMS_PAGE, true);
  }

  private static Map<String, List<String>> parameters(HttpServletRequest request) {
    return request.getParameterMap().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> Arrays.asList(entry.getValue())));
  }
}
