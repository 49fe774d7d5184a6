package org.commissioninghub.identity.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in ({@link SignedIn}) on every page a controller renders, for the layout's header. */
@ControllerAdvice
class SignedInUser {

  @ModelAttribute(SignedIn.ATTRIBUTE)
  SignedIn signedIn(Authentication authentication) {
    return SignedIn.of(authentication);
  }
}
