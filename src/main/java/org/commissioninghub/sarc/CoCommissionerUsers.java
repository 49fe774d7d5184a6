package org.commissioninghub.sarc;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.identity.Role;
import org.commissioninghub.sarc.SarcRecommissioningDetails.CoCommissionerDetails;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.workflow.AsHub;
import org.springframework.stereotype.Component;

/**
 * The users named for each co-commissioner act for them: the commissioner's user holds the police
 * and crime commissioner role and the force's user the police force role. Each signs or approves
 * in that role, so a wrong name is refused when the case is opened, not found when the award is due.
 */
@Component
class CoCommissionerUsers {

  private final IdentityService identityService;
  private final AsHub asHub;

  CoCommissionerUsers(IdentityService identityService, AsHub asHub) {
    this.identityService = identityService;
    this.asHub = asHub;
  }

  List<FieldProblem> problems(List<CoCommissionerDetails> coCommissioners) {
    var problems = new ArrayList<FieldProblem>();
    for (int row = 0; row < coCommissioners.size(); row++) {
      var commissioner = coCommissioners.get(row);
      check(commissioner.pccUser(), Role.PCC_REPRESENTATIVE, "coCommissioners[" + row + "].pccUser", problems);
      check(commissioner.policeForceUser(), Role.POLICE_FORCE, "coCommissioners[" + row + "].policeForceUser",
          problems);
    }
    return problems;
  }

  private void check(String userId, Role role, String field, List<FieldProblem> problems) {
    if (userId == null || userId.isBlank()) {
      return;
    }
    if (!holds(userId.strip(), role.groupId())) {
      problems.add(new FieldProblem(field, "'" + userId.strip() + "' is not a user holding the role "
          + role.displayName()));
    }
  }

  boolean holds(String userId, String roleId) {
    return asHub.run(() -> identityService.createUserQuery().userId(userId).memberOfGroup(roleId).count() > 0);
  }
}
