package org.commissioninghub.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.commissioninghub.testsupport.ProcessTestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of an approval chain's steps, checked against the users and roles of an in-memory
 * engine without Spring: what a good chain plans, and each way a step can be wrong.
 */
class ApprovalChainServiceTests {

  private static final String STAGE = "SARC award";
  private static final int DEFAULT_DUE = 5;
  private static final String ESCALATION_ROLE = "regional-director-of-commissioning";
  private static final List<String> ROLES = List.of("procurement-lead", "director-of-commissioning",
      "pcc-representative", ESCALATION_ROLE);

  private static final String SARC_STEPS = """
      [{"name": "Procurement", "role": "procurement-lead"},
       {"name": " NHS England ", "role": "director-of-commissioning", "user": "sam.director", "dueInWorkingDays": 10},
       {"name": "Police and crime commissioners", "role": "pcc-representative",
        "parties": [{"name": "Avon and Somerset", "user": "alex.avon"},
                    {"name": "Devon and Cornwall", "role": "pcc-representative", "user": "sam.devon"}]}]
      """;

  private final ObjectMapper json = new ObjectMapper();
  private final IdentityService identityService = ProcessTestEngine.get().getIdentityService();
  private final ApprovalChainService chains = new ApprovalChainService(identityService);

  @BeforeEach
  void setUp() {
    ROLES.forEach(role -> identityService.saveGroup(identityService.newGroup(role)));
    identityService.saveUser(identityService.newUser("sam.director"));
    identityService.createMembership("sam.director", "director-of-commissioning");
    identityService.saveUser(identityService.newUser("alex.avon"));
    identityService.createMembership("alex.avon", "pcc-representative");
    identityService.saveUser(identityService.newUser("sam.devon"));
    identityService.createMembership("sam.devon", "pcc-representative");
  }

  @AfterEach
  void tearDown() {
    identityService.deleteUser("sam.director");
    identityService.deleteUser("alex.avon");
    identityService.deleteUser("sam.devon");
    ROLES.forEach(identityService::deleteGroup);
  }

  @Test
  void stepsArePlannedInOrderEachSignOffWithItsStageRoleApproverAndDueDays() {
    // given procurement, NHS England with a named director, then each police and crime commissioner

    // when the chain is planned
    var steps = chains.plan(read(SARC_STEPS), STAGE, DEFAULT_DUE, ESCALATION_ROLE);

    // then the steps keep their order, and each sign-off is recorded as the stage and its step
    assertThat(steps).extracting(ApprovalStep::name)
        .containsExactly("Procurement", "NHS England", "Police and crime commissioners");
    assertThat(steps.get(0)).isEqualTo(new ApprovalStep("Procurement", "SARC award (Procurement)",
        "procurement-lead", null, DEFAULT_DUE, List.of()));
    // and a step's own due days and named approver win over the chain's
    assertThat(steps.get(1)).isEqualTo(new ApprovalStep("NHS England", "SARC award (NHS England)",
        "director-of-commissioning", "sam.director", 10, List.of()));
    // and each party approves in its own role or else the step's, named by step and party
    assertThat(steps.get(2).parties()).containsExactly(
        new ApprovalStep.Party("Avon and Somerset", "Police and crime commissioners: Avon and Somerset",
            "SARC award (Police and crime commissioners: Avon and Somerset)", "pcc-representative", "alex.avon"),
        new ApprovalStep.Party("Devon and Cornwall", "Police and crime commissioners: Devon and Cornwall",
            "SARC award (Police and crime commissioners: Devon and Cornwall)", "pcc-representative", "sam.devon"));
    assertThat(steps.get(2).dueInWorkingDays()).isEqualTo(DEFAULT_DUE);
  }

  static Stream<Arguments> badSteps() {
    return Stream.of(
        Arguments.of("[]", "approvalSteps must be a list of at least one step"),
        Arguments.of("""
            {"name": "Procurement", "role": "procurement-lead"}""",
            "approvalSteps must be a list of at least one step"),
        Arguments.of("[\"Procurement\"]", "step 1 is not a step: give it a name and a role"),
        Arguments.of("""
            [{"role": "procurement-lead"}]""", "step 1 has no name"),
        Arguments.of("""
            [{"name": "Procurement\\nand finance", "role": "procurement-lead"}]""",
            "step 1 has a name that is not one line"),
        Arguments.of("""
            [{"name": "Procurement", "role": "procurement-lead"}, {"name": "procurement", "role": "procurement-lead"}]""",
            "step 2 (procurement) has the name of an earlier step: give each step a name of its own"),
        Arguments.of("""
            [{"name": "Procurement"}]""",
            "step 1 (Procurement) has no role: name the Camunda group that approves it"),
        Arguments.of("""
            [{"name": "NHS England", "role": "nhs-england"}]""",
            "step 1 (NHS England) names the role nhs-england, which is not a role in the hub"),
        Arguments.of("""
            [{"name": "NHS England", "role": "director-of-commissioning", "user": "alex.avon"}]""",
            "step 1 (NHS England) names alex.avon as approver, who does not hold the role director-of-commissioning"),
        Arguments.of("""
            [{"name": "NHS England", "role": "director-of-commissioning", "user": "nobody"}]""",
            "step 1 (NHS England) names nobody as approver, who is not a user of the hub"),
        Arguments.of("""
            [{"name": "Procurement", "role": "procurement-lead", "dueInWorkingDays": 0}]""",
            "step 1 (Procurement) has dueInWorkingDays 0: it must be a whole number of working days, at least 1"),
        Arguments.of("""
            [{"name": "Procurement", "role": "procurement-lead", "dueInWorkingDays": 2.5}]""",
            "step 1 (Procurement) has dueInWorkingDays 2.5: it must be a whole number of working days, at least 1"),
        Arguments.of("""
            [{"name": "Procurement", "role": "procurement-lead", "dueInWorkingDays": "five"}]""",
            "step 1 (Procurement) has dueInWorkingDays \"five\": it must be a whole number of working days, at least 1"),
        Arguments.of("""
            [{"name": "Procurement", "role": "procurement-lead", "dueInWorkingdays": 5}]""",
            "step 1 (Procurement) has a field the hub does not know: dueInWorkingdays"
                + " (known: dueInWorkingDays, name, parties, role, user)"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": []}]""",
            "step 1 (PCCs) has no parties: name at least one, or leave parties out for a single approver"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "user": "alex.avon", "parties": [{"name": "Avon", "user": "alex.avon"}]}]""",
            "step 1 (PCCs) names an approver as well as parties: name each party's approver on the party"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": [{"role": "pcc-representative", "user": "alex.avon"}]}]""",
            "step 1 (PCCs), party 1 has no name"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": [{"name": "Avon", "role": "police"}]}]""",
            "step 1 (PCCs), party 1 (Avon) names the role police, which is not a role in the hub"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": [{"name": "Avon", "user": "sam.director"}]}]""",
            "step 1 (PCCs), party 1 (Avon) names sam.director as approver, who does not hold the role pcc-representative"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": [{"name": "Avon", "user": "alex.avon"}, {"name": "Avon ", "user": "alex.avon"}]}]""",
            "step 1 (PCCs), party 2 (Avon) has the name of an earlier party of the step: give each party a name of its own"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": [{"name": "Avon", "dueInWorkingDays": 3, "user": "alex.avon"}]}]""",
            "step 1 (PCCs), party 1 (Avon) has a field the hub does not know: dueInWorkingDays (known: name, role, user)"),
        Arguments.of("""
            [{"name": "PCCs", "role": "pcc-representative", "parties": [{"name": "Avon"}]}]""",
            "step 1 (PCCs), party 1 (Avon) is approved by pcc-representative, a role of outside bodies:"
                + " name the person who approves"),
        Arguments.of("""
            [{"name": "Police and crime commissioner", "role": "pcc-representative"}]""",
            "step 1 (Police and crime commissioner) is approved by pcc-representative, a role of outside bodies:"
                + " name the person who approves"),
        Arguments.of("[{\"name\": \"" + "Procurement ".repeat(8) + "\", \"role\": \"procurement-lead\"}]",
            "step 1 (" + "Procurement ".repeat(8).trim() + ") makes its sign-off's stage \"SARC award ("
                + "Procurement ".repeat(8).trim() + ")\" longer than the 100 characters a decision record keeps:"
                + " shorten the stage or the names"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("badSteps")
  void badStepsAreAConfigurationErrorThatSaysWhatIsWrong(String steps, String problem) {
    // given steps with one thing wrong

    // when the chain is planned
    var refused = catchThrowableOfType(InvalidApprovalStepsException.class,
        () -> chains.plan(read(steps), STAGE, DEFAULT_DUE, ESCALATION_ROLE));

    // then it is refused, naming the step and the problem
    assertThat(refused).as("refused").isNotNull();
    assertThat(refused.problems()).containsExactly(problem);
    assertThat(refused).hasMessage("The approval steps cannot run: " + problem + ".");
  }

  @Test
  void aStepWithoutDueDaysIsRefusedWhenTheChainHasNoneToFallBackOn() {
    var refused = catchThrowableOfType(InvalidApprovalStepsException.class, () -> chains.plan(
        read("[{\"name\": \"Procurement\", \"role\": \"procurement-lead\"}]"), STAGE, null, ESCALATION_ROLE));

    assertThat(refused.problems()).containsExactly(
        "step 1 (Procurement) has no dueInWorkingDays, and the chain has no approvalDueInWorkingDays to fall back on");
  }

  @Test
  void theChainNeedsAOneLineStageAnEscalationRoleThatExistsAndDueDaysOfAtLeastOne() {
    var steps = read("[{\"name\": \"Procurement\", \"role\": \"procurement-lead\", \"dueInWorkingDays\": 3}]");

    assertThat(problemsOf(() -> chains.plan(steps, null, DEFAULT_DUE, ESCALATION_ROLE)))
        .containsExactly("the stage is missing: say what the chain approves");
    assertThat(problemsOf(() -> chains.plan(steps, "SARC\naward", DEFAULT_DUE, ESCALATION_ROLE)))
        .containsExactly("the stage must be one line");
    assertThat(problemsOf(() -> chains.plan(steps, STAGE, DEFAULT_DUE, null)))
        .containsExactly("the escalation role is missing: name the role an overdue sign-off goes to");
    assertThat(problemsOf(() -> chains.plan(steps, STAGE, DEFAULT_DUE, "chief-executive")))
        .containsExactly("the escalation role chief-executive is not a role in the hub");
    assertThat(problemsOf(() -> chains.plan(steps, STAGE, 0, ESCALATION_ROLE)))
        .containsExactly("approvalDueInWorkingDays must be at least 1 working day, not 0");
  }

  @Test
  void everyProblemIsReportedAtOnceInTheOrderOfTheSteps() {
    // given two bad steps around a good one
    var steps = read("""
        [{"name": "Procurement", "role": "procurement"},
         {"name": "NHS England", "role": "director-of-commissioning"},
         {"name": "PCCs", "role": "pcc-representative", "parties": [{"name": "Avon", "user": "nobody"}]}]""");

    // when the chain is planned, then both problems are reported together
    assertThat(problemsOf(() -> chains.plan(steps, STAGE, DEFAULT_DUE, ESCALATION_ROLE))).containsExactly(
        "step 1 (Procurement) names the role procurement, which is not a role in the hub",
        "step 3 (PCCs), party 1 (Avon) names nobody as approver, who is not a user of the hub");
  }

  private List<String> problemsOf(Runnable planning) {
    var refused = catchThrowableOfType(InvalidApprovalStepsException.class, planning::run);
    assertThat(refused).as("refused").isNotNull();
    return refused.problems();
  }

  private JsonNode read(String steps) {
    try {
      return json.readTree(steps);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
