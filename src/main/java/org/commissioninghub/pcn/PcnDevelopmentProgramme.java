package org.commissioninghub.pcn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeProcess;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.workflow.AsHub;
import org.springframework.stereotype.Component;

/** Opens PCN development cases with PcnDevelopmentProcess. */
@Component
class PcnDevelopmentProgramme implements ProgrammeProcess<PcnDevelopmentDetails> {

  private final IdentityService identityService;
  private final AsHub asHub;
  private final PcnPolicy policy;

  PcnDevelopmentProgramme(IdentityService identityService, AsHub asHub, PcnPolicy policy) {
    this.identityService = identityService;
    this.asHub = asHub;
    this.policy = policy;
  }

  @Override
  public Programme programme() {
    return Programme.PCN_DEVELOPMENT;
  }

  @Override
  public String processDefinitionKey() {
    return PcnDevelopmentVariables.PROCESS_KEY;
  }

  @Override
  public Class<PcnDevelopmentDetails> detailsType() {
    return PcnDevelopmentDetails.class;
  }

  /**
   * The roles the diagram routes work to. PCN clinical directors are outside bodies (providers):
   * each sees only the cases whose networks name them.
   */
  @Override
  public Set<String> workingRoles() {
    return Stream.of(Role.HEAD_OF_PRIMARY_CARE, Role.PRIMARY_CARE_COMMISSIONING_COMMITTEE, Role.FINANCE_LEAD,
            Role.DIRECTOR_OF_PRIMARY_CARE)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Stage> stages() {
    return PcnStage.all();
  }

  /**
   * The contract year is configured; networks have names and ODS codes of their own, and every
   * practice belongs to one network only; each network's clinical director is a user holding the
   * PCN clinical director role.
   */
  @Override
  public List<FieldProblem> crossFieldProblems(PcnDevelopmentDetails details) {
    var problems = new ArrayList<FieldProblem>();
    if (details.contractYear() != null && details.contractYear().matches("\\d{4}-\\d{2}")
        && policy.contractYear(details.contractYear()).isEmpty()) {
      problems.add(new FieldProblem("contractYear", "is not a configured contract year: one of "
          + policy.contractYears().keySet()));
    }
    if (details.networks() == null) {
      return problems;
    }
    var names = new HashMap<String, Integer>();
    var odsCodes = new HashMap<String, Integer>();
    var practiceCodes = new HashMap<String, String>();
    for (int index = 0; index < details.networks().size(); index++) {
      var network = details.networks().get(index);
      var path = "networks[" + index + "]";
      if (network == null) {
        continue;
      }
      if (network.name() != null) {
        var first = names.putIfAbsent(key(network.name()), index);
        if (first != null) {
          problems.add(new FieldProblem(path + ".name", "is already the name of networks[" + first + "]"));
        }
      }
      if (network.odsCode() != null) {
        var first = odsCodes.putIfAbsent(key(network.odsCode()), index);
        if (first != null) {
          problems.add(new FieldProblem(path + ".odsCode", "is already the ODS code of networks[" + first + "]"));
        }
      }
      if (network.clinicalDirector() != null && !network.clinicalDirector().isBlank()
          && !holdsClinicalDirectorRole(network.clinicalDirector().strip())) {
        problems.add(new FieldProblem(path + ".clinicalDirector", "'" + network.clinicalDirector().strip()
            + "' is not a user holding the role " + Role.PCN_CLINICAL_DIRECTOR.displayName()));
      }
      if (network.practices() == null) {
        continue;
      }
      for (int practiceIndex = 0; practiceIndex < network.practices().size(); practiceIndex++) {
        var practice = network.practices().get(practiceIndex);
        var practicePath = path + ".practices[" + practiceIndex + "]";
        if (practice != null && practice.odsCode() != null) {
          var first = practiceCodes.putIfAbsent(key(practice.odsCode()), practicePath);
          if (first != null) {
            problems.add(new FieldProblem(practicePath + ".odsCode", "is already the practice " + first));
          }
        }
      }
    }
    return problems;
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private boolean holdsClinicalDirectorRole(String user) {
    return asHub.run(() -> identityService.createUserQuery().userId(user)
        .memberOfGroup(Role.PCN_CLINICAL_DIRECTOR.groupId()).count()) > 0;
  }

  @Override
  public Map<String, Object> startVariables(CommissioningCase commissioningCase, PcnDevelopmentDetails details) {
    return Map.of(
        PcnDevelopmentVariables.CASE_REFERENCE, commissioningCase.getReference(),
        PcnDevelopmentVariables.CASE_TITLE, commissioningCase.getTitle());
  }
}
