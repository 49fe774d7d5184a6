package org.commissioninghub.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks API credentials against the Camunda users, so people sign in to the API with the same
 * account as to Tasklist. Each Camunda group the user belongs to becomes an authority.
 */
@Component
class CamundaUserAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;

  CamundaUserAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    var username = authentication.getName();
    var password = String.valueOf(authentication.getCredentials());
    if (!identityService.checkPassword(username, password)) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    return signedIn(username);
  }

  /** The person as signed in once their password has been checked: each of their groups an authority. */
  Authentication signedIn(String username) {
    var authorities = identityService.createGroupQuery().groupMember(username).list().stream()
        .map(Group::getId)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
