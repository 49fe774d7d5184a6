package org.commissioninghub.casestore;

import java.util.Set;
import java.util.stream.Collectors;
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

  public boolean holds(String group) {
    return groups.contains(group);
  }
}
