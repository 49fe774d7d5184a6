package org.commissioninghub.dental;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.OpeningField;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeProcess;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.identity.Role;
import org.commissioninghub.system.FieldProblem;
import org.springframework.stereotype.Component;

/** Opens dental procurement cases with DentalProcurementProcess. */
@Component
class DentalProcurementProgramme implements ProgrammeProcess<DentalProcurementDetails> {

  @Override
  public Programme programme() {
    return Programme.DENTAL_PROCUREMENT;
  }

  @Override
  public String processDefinitionKey() {
    return DentalProcurementVariables.PROCESS_KEY;
  }

  @Override
  public Class<DentalProcurementDetails> detailsType() {
    return DentalProcurementDetails.class;
  }

  /** The roles the dental diagrams and the procurement and approval steps they call route work to. */
  @Override
  public Set<String> workingRoles() {
    return Stream.of(Role.COMMISSIONING_MANAGER, Role.PROGRAMME_MANAGER, Role.PROCUREMENT_LEAD, Role.FINANCE_LEAD,
            Role.CONTRACT_MANAGER, Role.DENTAL_ADVISER, Role.HEAD_OF_PRIMARY_CARE, Role.DIRECTOR_OF_PRIMARY_CARE,
            Role.PRIMARY_CARE_COMMISSIONING_COMMITTEE)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Stage> stages() {
    return DentalStage.all();
  }

  /** An ending or handed-back contract has an end date; an access gap may have no contract at all. */
  @Override
  public List<FieldProblem> crossFieldProblems(DentalProcurementDetails details) {
    if (details.trigger() != null && details.trigger() != ProcurementTrigger.ACCESS_GAP
        && details.currentContractEndDate() == null) {
      return List.of(new FieldProblem("currentContractEndDate",
          "is required unless an access gap starts the procurement"));
    }
    return List.of();
  }

  /** New contracts must be in place when the current contract ends, or patients lose the service. */
  @Override
  public java.util.Optional<java.time.LocalDate> deadline(DentalProcurementDetails details) {
    return java.util.Optional.ofNullable(details.currentContractEndDate());
  }

  @Override
  public List<OpeningField> openingFields() {
    return List.of(
        OpeningField.choice("trigger", "Reason the procurement starts", null, Arrays.stream(ProcurementTrigger.values())
            .map(trigger -> new OpeningField.Choice(trigger.id(), trigger.description())).toList()),
        OpeningField.text("area", "Area", "The geography the procurement covers, such as Devon and Cornwall", true),
        OpeningField.date("currentContractEndDate", "End date of the current contract",
            "Needed unless an access gap starts the procurement. Day/month/year, for example 31/03/2027", false),
        OpeningField.text("incumbentContractNumber", "Current contract number", "If there is one", false));
  }

  @Override
  public Map<String, Object> startVariables(CommissioningCase commissioningCase,
      DentalProcurementDetails details) {
    return Map.of(
        DentalProcurementVariables.CASE_REFERENCE, commissioningCase.getReference(),
        DentalProcurementVariables.CASE_TITLE, commissioningCase.getTitle(),
        DentalProcurementVariables.TRIGGER, details.trigger().id(),
        DentalProcurementVariables.AREA, details.area());
  }
}
