package org.commissioninghub.prison;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

/** Opens prison healthcare mobilisation cases with PrisonMobilisationProcess. */
@Component
class PrisonMobilisationProgramme implements ProgrammeProcess<PrisonMobilisationDetails> {

  private final IdentityService identityService;
  private final AsHub asHub;

  PrisonMobilisationProgramme(IdentityService identityService, AsHub asHub) {
    this.identityService = identityService;
    this.asHub = asHub;
  }

  @Override
  public Programme programme() {
    return Programme.PRISON_HEALTHCARE_MOBILISATION;
  }

  @Override
  public String processDefinitionKey() {
    return PrisonMobilisationVariables.PROCESS_KEY;
  }

  @Override
  public Class<PrisonMobilisationDetails> detailsType() {
    return PrisonMobilisationDetails.class;
  }

  /**
   * The roles the diagram and its approval chain route work to. Prison governors are outside
   * bodies: each sees only the cases whose sites name them.
   */
  @Override
  public Set<String> workingRoles() {
    return Stream.of(Role.HEALTH_AND_JUSTICE_COMMISSIONER, Role.PROGRAMME_MANAGER, Role.PROCUREMENT_LEAD,
            Role.HR_LEAD, Role.IG_LEAD, Role.CLINICAL_LEAD, Role.CONTRACT_MANAGER, Role.DIRECTOR_OF_COMMISSIONING)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Stage> stages() {
    return PrisonStage.all();
  }

  /**
   * Each lot's contract ends after it goes live; lots and sites have names of their own within the
   * case; each site's governor is a user holding the prison governor role.
   */
  @Override
  public List<FieldProblem> crossFieldProblems(PrisonMobilisationDetails details) {
    var problems = new ArrayList<FieldProblem>();
    if (details.lots() == null) {
      return problems;
    }
    var lotNames = new HashMap<String, Integer>();
    var siteNames = new HashMap<String, String>();
    for (int lotIndex = 0; lotIndex < details.lots().size(); lotIndex++) {
      var lot = details.lots().get(lotIndex);
      var lotPath = "lots[" + lotIndex + "]";
      if (lot == null) {
        continue;
      }
      if (lot.goLiveDate() != null && lot.contractEndDate() != null
          && !lot.contractEndDate().isAfter(lot.goLiveDate())) {
        problems.add(new FieldProblem(lotPath + ".contractEndDate", "must be after the go-live date"));
      }
      if (lot.name() != null) {
        var first = lotNames.putIfAbsent(key(lot.name()), lotIndex);
        if (first != null) {
          problems.add(new FieldProblem(lotPath + ".name", "is already the name of lots[" + first + "]"));
        }
      }
      if (lot.sites() == null) {
        continue;
      }
      for (int siteIndex = 0; siteIndex < lot.sites().size(); siteIndex++) {
        var site = lot.sites().get(siteIndex);
        var sitePath = lotPath + ".sites[" + siteIndex + "]";
        if (site == null) {
          continue;
        }
        if (site.name() != null) {
          var first = siteNames.putIfAbsent(key(site.name()), sitePath);
          if (first != null) {
            problems.add(new FieldProblem(sitePath + ".name", "is already the name of " + first));
          }
        }
        if (site.governor() != null && !site.governor().isBlank() && !holdsGovernorRole(site.governor().strip())) {
          problems.add(new FieldProblem(sitePath + ".governor",
              "'" + site.governor().strip() + "' is not a user holding the role " + Role.PRISON_GOVERNOR.displayName()));
        }
      }
    }
    return problems;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  private boolean holdsGovernorRole(String user) {
    return asHub.run(() -> identityService.createUserQuery().userId(user)
        .memberOfGroup(Role.PRISON_GOVERNOR.groupId()).count()) > 0;
  }

  /** The last lot to go live must go live by its date: later, the incumbent's contract is overrun. */
  @Override
  public Optional<LocalDate> deadline(PrisonMobilisationDetails details) {
    return details.lots().stream().map(PrisonMobilisationDetails.Lot::goLiveDate).max(LocalDate::compareTo);
  }

  @Override
  public Map<String, Object> startVariables(CommissioningCase commissioningCase, PrisonMobilisationDetails details) {
    return Map.of(
        PrisonMobilisationVariables.CASE_REFERENCE, commissioningCase.getReference(),
        PrisonMobilisationVariables.CASE_TITLE, commissioningCase.getTitle());
  }
}
