package org.commissioninghub.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** Who holds each role, and each person's roles, as the engine's identity service has them; read once per run. */
final class People {

  private final IdentityService identityService;
  private final Map<String, List<String>> membersByRole = new HashMap<>();
  private final Map<String, List<String>> rolesByMember = new HashMap<>();

  People(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The role's members in the order of their ids; empty when nobody holds it. */
  List<String> membersOf(String role) {
    return membersByRole.computeIfAbsent(role, id -> identityService.createUserQuery().memberOfGroup(id)
        .orderByUserId().asc().list().stream().map(User::getId).toList());
  }

  List<String> rolesOf(String userId) {
    return rolesByMember.computeIfAbsent(userId, id -> identityService.createGroupQuery().groupMember(id)
        .list().stream().map(Group::getId).sorted().toList());
  }
}
