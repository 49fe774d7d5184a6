package org.commissioninghub.identity.web;

import org.commissioninghub.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the hub layout's header: their name, sign-out and the administrators' links. */
@ControllerAdvice
class SignedInUser {

  public record SignedIn(String userId, boolean administrator) {}

  @ModelAttribute("signedIn")
  SignedIn signedIn(Authentication authentication) {
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return null;
    }
    return new SignedIn(authentication.getName(), authentication.getAuthorities().stream()
        .anyMatch(authority -> Role.ADMINISTRATORS_GROUP.equals(authority.getAuthority())));
  }
}
