package org.commissioninghub.identity.web;

import org.commissioninghub.identity.ConsoleReaders;
import org.commissioninghub.identity.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is signed in, for the hub layout's header: their name, sign-out, the console and the
 * administrators' links. Public for the templates, and for the hub's problem pages: a view an
 * exception handler renders gets no {@code @ModelAttribute} ({@link SignedInUser}), so they add it
 * themselves.
 */
public record SignedIn(String userId, boolean administrator, boolean console) {

  /** The model attribute the layout reads. */
  public static final String ATTRIBUTE = "signedIn";

  /** Who {@code authentication} signs in, or null for nobody: the header then has no account or menu. */
  public static SignedIn of(Authentication authentication) {
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return null;
    }
    var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    return new SignedIn(authentication.getName(), roles.contains(Role.ADMINISTRATORS_GROUP),
        ConsoleReaders.mayRead(roles));
  }
}
