package org.commissioninghub.casestore;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The signed-in person looking at cases: their user id and the roles (Camunda groups) they hold. */
public record Viewer(String userId, Set<String> groups) {

  public Viewer {
    groups = Set.copyOf(groups);
  }

  public static Viewer of(Authentication authentication) {
    return new Viewer(authentication.getName(), authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
  }

  /**
   * The user as they would be signed in, with the groups the engine holds them in: for work done
   * for someone who is not at their screen (a digest). Ask as the hub, not as a signed-in user.
   */
  public static Viewer of(String userId, IdentityService identityService) {
    return new Viewer(userId, identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet()));
  }

  public boolean holds(String group) {
    return groups.contains(group);
  }
}
