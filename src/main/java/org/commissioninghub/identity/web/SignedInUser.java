package org.commissioninghub.identity.web;

import org.commissioninghub.identity.ConsoleReaders;
import org.commissioninghub.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Who is signed in, for the hub layout's header: their name, sign-out, the console and the administrators' links. */
@ControllerAdvice
class SignedInUser {

  /** Public for the templates: whether to offer the administrators' links and the console. */
  public record SignedIn(String userId, boolean administrator, boolean console) {}

  @ModelAttribute("signedIn")
  SignedIn signedIn(Authentication authentication) {
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return null;
    }
    var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new SignedIn(authentication.getName(), roles.contains(Role.ADMINISTRATORS_GROUP),
        ConsoleReaders.mayRead(roles));
  }
}
