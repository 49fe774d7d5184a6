package org.commissioninghub.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commissioninghub.system.FieldProblem;
import org.commissioninghub.system.InvalidInputException;
import org.commissioninghub.testsupport.HubClient;
import org.commissioninghub.testsupport.IntegrationTest;
import org.commissioninghub.workflow.YesNo;
import org.commissioninghub.workitem.ChecklistService.ChecklistAnswer;
import org.commissioninghub.workitem.ChecklistService.ChecklistQuestion;
import org.commissioninghub.workitem.ChecklistService.Corroboration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A case's checklist in the case store: created once from its definition, answered with evidence,
 * corroborated by someone else, and shown with both answers and what they come to.
 */
@IntegrationTest
class ChecklistIntegrationTests {

  static final String MANAGER = "commissioning-manager";
  static final String ICS = "ics.lead";
  static final String DIRECTOR = "regional.director";

  static final List<ChecklistQuestion> DEFINITION = List.of(
      new ChecklistQuestion("1A", "Transformation", "Is there a shared vision for primary care?", YesNo.YES),
      new ChecklistQuestion("3A", "Finance", "Are there severe financial management issues or risks?", YesNo.NO));

  @Autowired
  HubClient hub;

  @Autowired
  ChecklistService checklists;

  String reference;

  @BeforeEach
  void openACase() {
    reference = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement",
            "title", "Checked " + System.nanoTime(), "details", Map.of("trigger", "access-gap", "area", "Bristol")))
        .body().get("reference").asText();
  }

  JsonNode checklist() {
    return hub.get(MANAGER, "/api/cases/" + reference).body().get("checklist");
  }

  static List<String> texts(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  @Test
  void theChecklistIsCreatedOnceAndShownWithBothAnswersAndWhatTheyComeTo() {
    checklists.createChecklist(reference, DEFINITION, MANAGER);
    checklists.createChecklist(reference, DEFINITION, MANAGER);
    checklists.recordAnswers(reference, List.of(
        new ChecklistAnswer("1A", YesNo.YES, "Primary care strategy 2021 to 2026"),
        new ChecklistAnswer("3A", YesNo.YES, "Month 6 deficit of 4 million pounds")), ICS);
    checklists.recordCorroborations(reference, List.of(new Corroboration("1A", YesNo.YES, null),
        new Corroboration("3A", YesNo.YES, "The deficit is confirmed.")), DIRECTOR);

    var items = checklist();
    assertThat(texts(items, "code")).containsExactly("1A", "3A");
    assertThat(texts(items, "passingAnswer")).containsExactly("yes", "no");
    assertThat(texts(items, "answer")).containsExactly("yes", "yes");
    assertThat(texts(items, "answeredBy")).containsOnly(ICS);
    assertThat(texts(items, "corroboratedBy")).containsOnly(DIRECTOR);
    assertThat(texts(items, "agreed")).containsExactly("true", "true");
    assertThat(texts(items, "compliant")).containsExactly("true", "false");
    assertThat(texts(items, "status")).containsExactly("passed", "failed");
    var events = hub.get(MANAGER, "/api/cases/" + reference).body().get("events");
    assertThat(texts(events, "type")).containsOnlyOnce("CHECKLIST_CREATED")
        .contains("CHECKLIST_ANSWERED", "CHECKLIST_CORROBORATED");
  }

  @Test
  void answeringAnItemAgainWithdrawsItsCorroborationWhichThenIsAskedAgain() {
    checklists.createChecklist(reference, DEFINITION, MANAGER);
    checklists.recordAnswers(reference, List.of(new ChecklistAnswer("3A", YesNo.YES, "Month 6 deficit")), ICS);
    checklists.recordCorroborations(reference, List.of(new Corroboration("3A", YesNo.YES, null)), DIRECTOR);

    checklists.recordAnswers(reference, List.of(new ChecklistAnswer("3A", YesNo.NO, "Recovery plan agreed")), ICS);

    var item = checklist().get(1);
    assertThat(item.get("status").asText()).isEqualTo("awaiting-corroboration");
    assertThat(item.get("corroboration").isNull()).isTrue();
    assertThat(item.get("compliant").asBoolean()).isTrue();
  }

  @Test
  void nobodyCorroboratesTheirOwnAnswerAnUnansweredItemOrADisagreementWithoutAReason() {
    checklists.createChecklist(reference, DEFINITION, MANAGER);
    checklists.recordAnswers(reference, List.of(new ChecklistAnswer("1A", YesNo.YES, "Strategy")), ICS);

    var own = catchThrowableOfType(InvalidInputException.class, () -> checklists.recordCorroborations(reference,
        List.of(new Corroboration("1A", YesNo.YES, null)), ICS));
    var refused = catchThrowableOfType(InvalidInputException.class, () -> checklists.recordCorroborations(reference,
        List.of(new Corroboration("1A", YesNo.NO, " "), new Corroboration("3A", YesNo.NO, null),
            new Corroboration("9Z", YesNo.NO, null), new Corroboration("1A", null, null)), DIRECTOR));

    assertThat(own.getProblems()).containsExactly(new FieldProblem("corroborations[0].itemCode",
        "was answered by ics.lead, who may not corroborate their own answer"));
    assertThat(refused.getProblems()).extracting(FieldProblem::field).containsExactly(
        "corroborations[0].comment", "corroborations[1].itemCode", "corroborations[2].itemCode",
        "corroborations[3].answer", "corroborations[3].itemCode");
    assertThat(texts(checklist(), "status")).containsExactly("awaiting-corroboration", "awaiting-answer");
  }

  @Test
  void answersWithoutEvidenceOrForNoItemAreRefusedAndNoneIsRecorded() {
    checklists.createChecklist(reference, DEFINITION, MANAGER);

    var refused = catchThrowableOfType(InvalidInputException.class, () -> checklists.recordAnswers(reference,
        List.of(new ChecklistAnswer("1A", YesNo.YES, "Strategy"), new ChecklistAnswer("3A", YesNo.NO, ""),
            new ChecklistAnswer("4C", YesNo.NO, "Workforce plan")), ICS));
    var badDefinition = catchThrowableOfType(InvalidInputException.class, () -> checklists.createChecklist(reference,
        List.of(new ChecklistQuestion("2A", "Governance", "Is there a committee?", YesNo.YES),
            new ChecklistQuestion("2A", "Governance", "Is there a lead?", null)), MANAGER));

    assertThat(refused.getProblems()).extracting(FieldProblem::field)
        .containsExactly("answers[1].evidence", "answers[2].itemCode");
    assertThat(badDefinition.getProblems()).extracting(FieldProblem::field)
        .containsExactly("questions[1].passingAnswer", "questions[1].code");
    assertThat(texts(checklist(), "status")).containsOnly("awaiting-answer");
    assertThat(texts(checklist(), "code")).containsExactly("1A", "3A");
  }

  @Test
  void anOutsideBodyTheCaseNamesDoesNotSeeItsChecklist() {
    var named = hub.post(MANAGER, "/api/cases", Map.of("programme", "dental-procurement", "title", "Partnered",
            "namedPeople", Map.of("pcc-representative", "pcc-representative"),
            "details", Map.of("trigger", "access-gap", "area", "Bristol")))
        .body().get("reference").asText();
    checklists.createChecklist(named, DEFINITION, MANAGER);

    var partner = hub.get("pcc-representative", "/api/cases/" + named).body();

    assertThat(partner.get("checklist")).isEmpty();
    assertThat(partner.get("workstreams")).isEmpty();
    assertThat(hub.get(MANAGER, "/api/cases/" + named).body().get("checklist")).hasSize(2);
  }
}
