package org.commissioninghub.dental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.commissioninghub.identity.Role;
import org.junit.jupiter.api.Test;

class DentalProcurementProgrammeTests {

  /** The diagram and every process it calls. */
  static final List<String> DIAGRAMS = List.of("DentalProcurementProcess", "CompetitiveProcurementProcess",
      "DirectAwardProcess", "StandstillProcess", "DentalContractProcess");
  /** Roles passed to the shared approval step as literals. */
  static final Pattern ROLE_LITERAL = Pattern.compile("[a-z]+(-[a-z]+)+");

  @Test
  void theWorkingRolesAreEveryRoleTheDiagramsRouteWorkToButTheEvaluationPanel() {
    var routed = new HashSet<String>();
    for (var name : DIAGRAMS) {
      var model = Bpmn.readModelFromFile(Path.of("processes", name + ".bpmn").toFile());
      model.getModelElementsByType(UserTask.class).stream()
          .map(UserTask::getCamundaCandidateGroups)
          .filter(groups -> groups != null && !groups.contains("${"))
          .forEach(groups -> routed.addAll(List.of(groups.split("\\s*,\\s*"))));
      model.getModelElementsByType(CamundaIn.class).stream()
          .filter(in -> in.getCamundaTarget() != null && in.getCamundaTarget().endsWith("Role"))
          .map(CamundaIn::getCamundaSourceExpression)
          .filter(source -> source != null && ROLE_LITERAL.matcher(source).matches())
          .forEach(routed::add);
    }
    routed.remove(Role.EVALUATION_PANEL.groupId());

    assertThat(new DentalProcurementProgramme().workingRoles()).isEqualTo(Set.copyOf(routed));
  }
}
