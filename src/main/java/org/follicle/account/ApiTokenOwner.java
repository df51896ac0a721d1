package org.follicle.account;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Whose tokens a request manages, and whether it may create more. */
@Component
class ApiTokenOwner {

  private final CurrentUser currentUser;

  ApiTokenOwner(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  long accountId() {
    return currentUser.requireAccount(Role.READER).id();
  }

  /**
   * The account, when signed in with its password (session or HTTP Basic): a leaked token must not
   * be able to mint itself successors that outlive its revocation.
   */
  long creatingTokens() {
    long id = accountId();
    if (SecurityContextHolder.getContext().getAuthentication()
        instanceof BearerTokenAuthentication) {
      throw new AccessRefused(
          HttpStatus.FORBIDDEN,
          "A token cannot create tokens; sign in with your password to create one");
    }
    return id;
  }
}
