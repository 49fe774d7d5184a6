package org.commissioninghub.pcn.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commissioninghub.casestore.OpenCaseRequest;
import org.commissioninghub.casestore.Programme;
import org.commissioninghub.demo.DemoCase;
import org.commissioninghub.demo.OpenTask;
import org.commissioninghub.demo.ProgrammeWalk;
import org.commissioninghub.identity.Role;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.commissioninghub.pcn.PcnDevelopmentVariables;
import org.commissioninghub.pcn.PcnNetwork;
import org.commissioninghub.pcn.PcnPolicy;
import org.commissioninghub.system.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The demo's one PCN development programme: Derbyshire's 15 networks in 8 places
 * ({@link DerbyshireNetworks}), opened by the Head of Primary Care four months before the demo data
 * is generated for the contract year then running, every network's clinical director the demo's
 * one. Every task is answered through the real services as its holder would, each network getting as
 * far as its {@link NetworkProgress}: most developed with their clinical director in place and
 * their first claims made (one claim at Derby City North refused as over the allowance), others
 * nominating, planning or waiting for finance; the Derbyshire Dales network is under 30,000 and waived.
 */
@Component
class PcnDevelopmentWalk implements ProgrammeWalk<PcnJourney> {

  static final int DAYS_OPEN = 120;
  /** The additional-roles allowance the demo's commissioner gives, in pounds per head of registered population. */
  static final int ALLOWANCE_PER_HEAD = 25;

  private final ObjectMapper objectMapper;
  private final PcnDevelopmentService pcnDevelopment;
  private final PcnPolicy policy;

  PcnDevelopmentWalk(ObjectMapper objectMapper, PcnDevelopmentService pcnDevelopment, PcnPolicy policy) {
    this.objectMapper = objectMapper;
    this.pcnDevelopment = pcnDevelopment;
    this.policy = policy;
  }

  @Override
  public Programme programme() {
    return Programme.PCN_DEVELOPMENT;
  }

  @Override
  public List<PcnJourney> journeys() {
    return List.of(PcnJourney.values());
  }

  @Override
  public boolean eachJourneyOnce() {
    return true;
  }

  @Override
  public String openerRole() {
    return Role.HEAD_OF_PRIMARY_CARE.groupId();
  }

  @Override
  public Set<String> roles() {
    return Stream.of(Role.HEAD_OF_PRIMARY_CARE, Role.PRIMARY_CARE_COMMISSIONING_COMMITTEE, Role.FINANCE_LEAD,
            Role.DIRECTOR_OF_PRIMARY_CARE, Role.PCN_CLINICAL_DIRECTOR)
        .map(Role::groupId).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public int daysOpen(DemoCase<PcnJourney> demoCase) {
    return DAYS_OPEN;
  }

  /**
   * The contract year the case opens in: the latest configured one that has begun by then, else the
   * first configured.
   */
  String contractYear(DemoCase<PcnJourney> demoCase) {
    var opened = LocalDate.ofInstant(demoCase.asOf(), EngineClock.LONDON).minusDays(DAYS_OPEN);
    var years = policy.contractYears().keySet().stream().sorted().toList();
    if (years.isEmpty()) {
      throw new IllegalStateException("hub.pcn.contract-years configures no contract year for the demo");
    }
    return years.stream().filter(year -> !LocalDate.of(Integer.parseInt(year.substring(0, 4)), 4, 1).isAfter(opened))
        .reduce((first, second) -> second).orElse(years.get(0));
  }

  @Override
  public OpenCaseRequest opening(DemoCase<PcnJourney> demoCase) {
    var director = demoCase.membersOf(Role.PCN_CLINICAL_DIRECTOR.groupId()).get(0);
    var networks = DerbyshireNetworks.NETWORKS.stream().map(network -> {
      var fields = new LinkedHashMap<String, Object>();
      fields.put("name", network.name());
      fields.put("odsCode", network.odsCode());
      fields.put("place", network.place());
      fields.put("clinicalDirector", director);
      fields.put("practices", network.practices().stream().map(practice -> Map.of("name", practice.name(),
          "odsCode", practice.odsCode(), "listSize", practice.listSize())).toList());
      return fields;
    }).toList();
    var year = contractYear(demoCase);
    return new OpenCaseRequest(Programme.PCN_DEVELOPMENT, "Derbyshire PCN development " + year.replace('-', '/'),
        "NHS Derby and Derbyshire Integrated Care Board", null, null, null, null, Map.of(),
        objectMapper.valueToTree(Map.of("contractYear", year, "networks", networks)));
  }

  @Override
  public boolean leavesOpen(DemoCase<PcnJourney> demoCase, OpenTask task) {
    if (!(task.variable(PcnDevelopmentVariables.NETWORK_ID) instanceof Number)) {
      // the yearly cycle: left for its own time
      return true;
    }
    var network = networkOf(task);
    var progress = DerbyshireNetworks.named(network.getName()).progress();
    if (progress == NetworkProgress.NOMINATING && "Task_NominateClinicalDirector".equals(task.taskDefinitionKey())) {
      return task.round() > 0;
    }
    return progress.leavesOpen(task.taskDefinitionKey());
  }

  @Override
  public Map<String, Object> answers(DemoCase<PcnJourney> demoCase, OpenTask task) {
    var today = LocalDate.now(EngineClock.INSTANCE);
    var network = networkOf(task);
    var plan = DerbyshireNetworks.named(network.getName());
    return switch (task.taskDefinitionKey()) {
      case "Task_RegisterNetwork" -> Map.of("registeredOn", today.toString(),
          "weightedPopulation", Math.round(plan.population() * 1.04), "registrationNotes",
          "Geographically contiguous; every member practice agreed to join.");
      case "Task_DecideSmallNetwork" -> Map.of("smallNetworkDecision", "waiver", "smallNetworkReason",
          "Rural and sparsely populated: the nearest networks are over twenty miles away.");
      case "Task_RecordNetworkAgreement" -> Map.of("signatures", plan.practices().stream()
          .map(practice -> Map.of("odsCode", practice.odsCode(), "signedOn", today.toString())).toList());
      case "Task_NominateClinicalDirector" -> Map.of("clinicalDirectorName", "Dr " + plan.place().split(" ")[0] + " "
              + (task.round() + 1), "clinicalDirectorPractice", plan.practices().get(0).name());
      case "Task_ConfirmClinicalDirector" -> plan.progress() == NetworkProgress.NOMINATING && task.round() == 0
          ? Map.of("clinicalDirectorConfirmed", "no",
              "confirmationNotes", "The member practices have not yet all written in support of the nominee.")
          : Map.of("clinicalDirectorConfirmed", "yes");
      case "Task_SignUpToDes" -> Map.of("nominatedPayee", plan.practices().get(0).name(),
          "desSignedUpOn", today.toString());
      case "Task_PlanAdditionalRoles" -> Map.of("roles", List.of(
          role("clinical-pharmacist", 2, 1, today), role("social-prescribing-link-worker", 1, 0, today),
          role("care-coordinator", 2, 0, today), role("first-contact-physiotherapist", 1, 0, today)));
      case "Task_ReviewWorkforcePlan" -> Map.of("workforcePlanAccepted", "yes",
          "allowance", plan.population() * ALLOWANCE_PER_HEAD,
          "workforceReviewNotes", "Roles match the network's population health priorities.");
      case "Task_AuthoriseSupportPayment" -> Map.of("authorisedOn", today.toString(),
          "paymentNotes", "Paid to the nominated payee monthly.");
      case "Task_ClaimAdditionalRoles" -> Map.of("claims", claims(plan, claimMonth(network, today)));
      case "Task_HoldDevelopmentReview" -> Map.of("developmentRag", "green", "developmentNotes",
          "Clinical director in post, first additional roles recruited, DES services running.");
      default -> throw new IllegalArgumentException("the PCN development walk does not know " + task.name());
    };
  }

  private static Map<String, Object> role(String role, int plannedWte, int baselineWte, LocalDate start) {
    return Map.of("role", role, "plannedWte", plannedWte, "baselineWte", baselineWte, "startDate", start.toString());
  }

  /**
   * A clinical pharmacist and a social prescribing link worker recruited; Derby City North also
   * claims a year's physiotherapy in one go, over its allowance, and is refused.
   */
  private static List<Map<String, Object>> claims(DerbyshireNetworks.Network plan, LocalDate month) {
    var claims = new java.util.ArrayList<Map<String, Object>>(List.of(
        Map.of("role", "clinical-pharmacist", "claimMonth", month.toString(), "wte", 1, "wteInPost", 2,
            "amount", "4650.00"),
        Map.of("role", "social-prescribing-link-worker", "claimMonth", month.toString(), "wte", 1, "wteInPost", 1,
            "amount", "2870.50")));
    if (plan.name().equals("Derby City North PCN")) {
      claims.add(Map.of("role", "first-contact-physiotherapist", "claimMonth", month.toString(), "wte", 1,
          "wteInPost", 1, "amount", String.valueOf(plan.population() * ALLOWANCE_PER_HEAD)));
    }
    return claims;
  }

  /** This month, kept within the network's contract year. */
  private static LocalDate claimMonth(PcnNetwork network, LocalDate today) {
    var start = LocalDate.of(Integer.parseInt(network.getContractYear().substring(0, 4)), 4, 1);
    var month = today.withDayOfMonth(1);
    var last = start.plusMonths(11);
    return month.isBefore(start) ? start : month.isAfter(last) ? last : month;
  }

  private PcnNetwork networkOf(OpenTask task) {
    if (!(task.variable(PcnDevelopmentVariables.NETWORK_ID) instanceof Number networkId)) {
      throw new IllegalStateException(task.name() + " names no network");
    }
    return pcnDevelopment.findNetwork(networkId.longValue())
        .orElseThrow(() -> new IllegalStateException(task.name() + " names a network that is not there"));
  }
}
