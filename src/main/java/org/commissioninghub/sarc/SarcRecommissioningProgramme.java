package org.commissioninghub.sarc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.casestore.CommissioningCase;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.casestore.ProgrammeProcess;
import org.commissioninghub.casestore.Stage;
import org.commissioninghub.identity.Role;
import org.commissioninghub.sarc.SarcRecommissioningDetails.CoCommissionerDetails;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.MoneyAmounts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Opens SARC recommissioning cases with SarcRecommissioningProcess. */
@Component
@EnableConfigurationProperties(SarcProperties.class)
class SarcRecommissioningProgramme implements ProgrammeProcess<SarcRecommissioningDetails> {

  private final SarcProperties properties;
  private final AccreditationDeadlines accreditationDeadlines;
  private final CoCommissionerUsers users;

  SarcRecommissioningProgramme(SarcProperties properties, AccreditationDeadlines accreditationDeadlines,
      CoCommissionerUsers users) {
    this.properties = properties;
    this.accreditationDeadlines = accreditationDeadlines;
    this.users = users;
  }

  @Override
  public Programme programme() {
    return Programme.SARC_RECOMMISSIONING;
  }

  @Override
  public String processDefinitionKey() {
    return SarcVariables.PROCESS_KEY;
  }

  @Override
  public Class<SarcRecommissioningDetails> detailsType() {
    return SarcRecommissioningDetails.class;
  }

  /**
   * The roles the SARC diagram and the procurement and approval steps it calls route work to. Police
   * and crime commissioners and police forces are outside bodies: they see only the cases that name them.
   */
  @Override
  public Set<String> workingRoles() {
    return Stream.of(Role.HEALTH_AND_JUSTICE_COMMISSIONER, Role.CLINICAL_LEAD, Role.PROCUREMENT_LEAD,
            Role.DIRECTOR_OF_COMMISSIONING)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<Stage> stages() {
    return SarcStage.all();
  }

  /**
   * NHS England's funding and every commissioner's share must add up to the contracts' yearly
   * value, each commissioner's office is named once, and the users named act in their roles.
   */
  @Override
  public List<FieldProblem> crossFieldProblems(SarcRecommissioningDetails details) {
    var problems = new ArrayList<FieldProblem>();
    if (details.coCommissioners() == null || details.coCommissioners().stream().anyMatch(Objects::isNull)) {
      return problems;
    }
    var shares = details.coCommissioners().stream().map(CoCommissionerDetails::fundingShare).toList();
    if (details.annualContractValue() != null && details.nhsEnglandFunding() != null
        && shares.stream().allMatch(Objects::nonNull)) {
      var commissioners = shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      var funded = details.nhsEnglandFunding().add(commissioners);
      if (funded.compareTo(details.annualContractValue()) != 0) {
        problems.add(new FieldProblem("coCommissioners", "funding shares must add up to the annual contract value of "
            + MoneyAmounts.format(details.annualContractValue()) + ", but NHS England's "
            + MoneyAmounts.format(details.nhsEnglandFunding()) + " and the commissioners' "
            + MoneyAmounts.format(commissioners) + " make " + MoneyAmounts.format(funded)));
      }
    }
    problems.addAll(users.problems(details.coCommissioners()));
    var rowOfOffice = new HashMap<String, Integer>();
    for (int row = 1; row <= details.coCommissioners().size(); row++) {
      var office = details.coCommissioners().get(row - 1).pccOffice();
      var first = office == null ? null : rowOfOffice.putIfAbsent(office.strip().toLowerCase(Locale.ROOT), row);
      if (first != null) {
        problems.add(new FieldProblem("coCommissioners[" + (row - 1) + "].pccOffice",
            "names " + office.strip() + ", already named in row " + first));
      }
    }
    return problems;
  }

  /** Providers must be accredited, or hold a UKAS application, by the accreditation deadline. */
  @Override
  public Optional<LocalDate> deadline(SarcRecommissioningDetails details) {
    return Optional.of(accreditationDeadlines.of(details));
  }

  @Override
  public Map<String, Object> startVariables(CommissioningCase commissioningCase,
      SarcRecommissioningDetails details) {
    return Map.of(
        SarcVariables.CASE_REFERENCE, commissioningCase.getReference(),
        SarcVariables.CASE_TITLE, commissioningCase.getTitle(),
        SarcVariables.SURVEILLANCE_INTERVAL, properties.surveillanceInterval().toString());
  }
}
