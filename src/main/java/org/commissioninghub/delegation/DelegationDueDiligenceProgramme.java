package org.commissioninghub.delegation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.calendar.UkTime;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeProcess;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.FieldProblem;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Opens delegation due diligence cases with DelegationDueDiligenceProcess. */
@Component
@EnableConfigurationProperties(DelegationProperties.class)
class DelegationDueDiligenceProgramme implements ProgrammeProcess<DelegationDueDiligenceDetails> {

  private final FinanceAllocationDates financeAllocationDates;

  DelegationDueDiligenceProgramme(FinanceAllocationDates financeAllocationDates) {
    this.financeAllocationDates = financeAllocationDates;
  }

  @Override
  public Programme programme() {
    return Programme.DELEGATION_DUE_DILIGENCE;
  }

  @Override
  public String processDefinitionKey() {
    return DelegationVariables.PROCESS_KEY;
  }

  @Override
  public Class<DelegationDueDiligenceDetails> detailsType() {
    return DelegationDueDiligenceDetails.class;
  }

  /** The roles DelegationDueDiligenceProcess routes work to. */
  @Override
  public Set<String> workingRoles() {
    return Stream.of(Role.HEAD_OF_PRIMARY_CARE, Role.PROGRAMME_MANAGER, Role.DIRECTOR_OF_PRIMARY_CARE, Role.FINANCE_LEAD, Role.HR_LEAD,
            Role.CONTRACT_MANAGER, Role.IG_LEAD, Role.ICS_EXECUTIVE_GROUP, Role.REGIONAL_DIRECTOR_OF_COMMISSIONING,
            Role.ICB_BOARD)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Stage> stages() {
    return DelegationStage.all();
  }

  /** Each function is named once. */
  @Override
  public List<FieldProblem> crossFieldProblems(DelegationDueDiligenceDetails details) {
    var problems = new ArrayList<FieldProblem>();
    if (details.functions() == null) {
      return problems;
    }
    var rowOfFunction = new HashMap<DelegatedFunction, Integer>();
    for (int row = 0; row < details.functions().size(); row++) {
      var function = details.functions().get(row);
      if (function == null || function.function() == null) {
        continue;
      }
      var first = rowOfFunction.putIfAbsent(function.function(), row);
      if (first != null) {
        problems.add(new FieldProblem("functions[" + row + "].function",
            "names " + function.function().id() + ", already named in functions[" + first + "]"));
      }
    }
    return problems;
  }

  /** The case's deadline is the earliest target date of its functions. */
  @Override
  public Optional<LocalDate> deadline(DelegationDueDiligenceDetails details) {
    return details.functions().stream().filter(Objects::nonNull)
        .map(DelegationDueDiligenceDetails.FunctionDetails::targetDate).filter(Objects::nonNull)
        .min(LocalDate::compareTo);
  }

  @Override
  public Map<String, Object> startVariables(CommissioningCase commissioningCase,
      DelegationDueDiligenceDetails details) {
    return Map.of(
        DelegationVariables.CASE_REFERENCE, commissioningCase.getReference(),
        DelegationVariables.CASE_TITLE, commissioningCase.getTitle(),
        DelegationVariables.FINANCE_ALLOCATION_DUE_AT,
        UkTime.startOfAsDate(financeAllocationDates.of(details)));
  }
}
