package org.follicle.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page's layout who is signed in ({@code signedIn}, null for a visitor). */
@ControllerAdvice
class SignedInModel {

  private final CurrentUser currentUser;

  SignedInModel(CurrentUser currentUser) {
    this.currentUser = currentUser;
  }

  @ModelAttribute("signedIn")
  AccountView signedIn() {
    return currentUser.current().orElse(null);
  }
}
