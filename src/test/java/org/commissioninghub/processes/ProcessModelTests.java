package org.commissioninghub.processes;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.LaneSet;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.commissioninghub.processes.ProcessModelRules.ModelFile;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Holds every model in processes/ to the house rules (one dynamic test per file and rule), and
 * proves each rule can fail on a small in-memory model that breaks just that rule.
 */
class ProcessModelTests {

  /** Maven runs tests from the project root, where Camunda Modeler keeps the models and forms. */
  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");

  private static final String TEST_FORM = "test-review-case";
  private final ProcessModelRules testRules = new ProcessModelRules(Set.of(TEST_FORM));

  @Test
  void processesDirectoryHoldsModelsAndFormsDirectoryHoldsForms() {
    // given the top-level model directories, when they are listed, then neither is empty
    assertThat(bpmnFiles()).as("BPMN files in %s", PROCESSES.toAbsolutePath()).isNotEmpty();
    assertThat(ProcessModelRules.formIdsIn(FORMS)).as("form ids in %s", FORMS.toAbsolutePath()).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicNode> everyProcessModelKeepsEveryRule() {
    var rules = new ProcessModelRules(ProcessModelRules.formIdsIn(FORMS));
    return bpmnFiles().stream().map(path -> {
      var fileName = path.getFileName().toString();
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromFile(path.toFile());
      } catch (RuntimeException e) {
        return DynamicTest.dynamicTest(fileName + " is a readable BPMN model",
            () -> fail("cannot read " + path + ": " + e.getMessage(), e));
      }
      var file = new ModelFile(fileName, model);
      return DynamicContainer.dynamicContainer(fileName, rules.rules().stream().map(rule ->
          DynamicTest.dynamicTest(fileName + ": " + rule.name(), path.toUri(), () ->
              assertThat(rule.problemsIn(file)).as("%s: %s", fileName, rule.name()).isEmpty())));
    });
  }

  // --- each rule can fail -------------------------------------------------------------------

  @Test
  void modelKeepingEveryRuleHasNoProblems() {
    // given a small model built to keep every rule
    var file = new ModelFile("TestReviewProcess.bpmn", compliantModel());

    // when it is checked, then nothing is reported (so the negative tests below test one rule each)
    assertThat(testRules.check(file)).isEmpty();
  }

  @Test
  void elementsMissingFromTheDiagramAreReported() {
    // given a model whose user task and one sequence flow are not drawn
    var model = compliantModel();
    removeDiagramElementFor(model, BpmnShape.class, "Task_ReviewCase");
    removeDiagramElementFor(model, BpmnEdge.class, "Flow_ToRecordReview");

    // when it is checked
    var problems = ProcessModelRules.elementsWithoutDiagram(model);

    // then both are reported
    assertThat(problems).containsExactlyInAnyOrder(
        "Task_ReviewCase (userTask) has no BPMNShape in the diagram",
        "Flow_ToRecordReview (sequenceFlow) has no BPMNEdge in the diagram");
  }

  @Test
  void modelWithoutAnyDiagramHasEveryElementReported() {
    // given a model with its diagram removed
    var model = compliantModel();
    var diagrams = List.copyOf(model.getModelElementsByType(BpmnDiagram.class));
    diagrams.forEach(diagram -> model.getDefinitions().removeChildElement(diagram));

    // when it is checked
    var problems = ProcessModelRules.elementsWithoutDiagram(model);

    // then every flow node and sequence flow is reported
    int flowNodesAndFlows = model.getModelElementsByType(FlowNode.class).size()
        + model.getModelElementsByType(SequenceFlow.class).size();
    assertThat(problems).hasSize(flowNodesAndFlows).anyMatch(p -> p.startsWith("StartEvent_CaseOpened"));
  }

  @Test
  void lanesMissingFromTheDiagramAreReported() {
    // given a model with a lane that has no shape
    var model = compliantModel();
    var process = model.<Process>getModelElementById("TestReviewProcess");
    var laneSet = model.newInstance(LaneSet.class);
    laneSet.setId("LaneSet_TestReview");
    var lane = model.newInstance(Lane.class);
    lane.setId("Lane_CommissioningManager");
    laneSet.getLanes().add(lane);
    process.getLaneSets().add(laneSet);

    // when it is checked, then the lane is reported
    assertThat(ProcessModelRules.elementsWithoutDiagram(model))
        .containsExactly("Lane_CommissioningManager (lane) has no BPMNShape in the diagram");
  }

  @Test
  void executableProcessWithoutHistoryTimeToLiveIsReported() {
    // given an executable process without camunda:historyTimeToLive
    var model = compliantModel();
    model.<Process>getModelElementById("TestReviewProcess").setCamundaHistoryTimeToLiveString(null);

    // when it is checked, then it is reported
    assertThat(testRules.check(new ModelFile("TestReviewProcess.bpmn", model))).containsExactly(
        "executable processes have a history time to live: "
            + "TestReviewProcess (process) is executable but has no camunda:historyTimeToLive");
  }

  @Test
  void userTaskWithoutFormIsReported() {
    // given a user task without camunda:formRef
    var model = compliantModel();
    model.<UserTask>getModelElementById("Task_ReviewCase").setCamundaFormRef(null);

    // when it is checked, then it is reported
    assertThat(testRules.check(new ModelFile("TestReviewProcess.bpmn", model))).containsExactly(
        "user tasks have a Camunda form: Task_ReviewCase (userTask) has no camunda:formRef");
  }

  @Test
  void userTaskWithoutCandidateGroupsIsReported() {
    // given a user task without camunda:candidateGroups
    var model = compliantModel();
    model.<UserTask>getModelElementById("Task_ReviewCase").setCamundaCandidateGroups(null);

    // when it is checked, then it is reported
    assertThat(testRules.check(new ModelFile("TestReviewProcess.bpmn", model))).containsExactly(
        "user tasks have candidate groups: Task_ReviewCase (userTask) has no camunda:candidateGroups");
  }

  @Test
  void formReferenceToAnUnknownFormIsReported() {
    // given a user task whose formRef names no known form
    var model = compliantModel();
    model.<UserTask>getModelElementById("Task_ReviewCase").setCamundaFormRef("test-missing-form");

    // when it is checked, then it is reported
    assertThat(testRules.unknownFormReferences(model)).singleElement(as(STRING))
        .startsWith("Task_ReviewCase (userTask) has camunda:formRef 'test-missing-form'");
  }

  @Test
  void formIdsAreReadFromTheFormFiles(@TempDir Path forms) throws IOException {
    // given a form file and a file that is not a form
    Files.writeString(forms.resolve("review.form"), "{\"id\": \"test-review-case\", \"components\": []}");
    Files.writeString(forms.resolve("notes.txt"), "{\"id\": \"not-a-form\"}");

    // when the form ids are read, then only the form's id is found
    assertThat(ProcessModelRules.formIdsIn(forms)).containsExactly("test-review-case");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Activity_0x1abcd", "Gateway_1ubcc0c", "Flow_0h21x7r", "Event_12ab3cd", "StartEvent_1",
      "UserTask_1", "Task_2", "EndEvent_0a", "Process_1", "Definitions_1",
      "sequenceFlow_ad729937-a9c2-414a-b9f0-455d6bbd545e", "sid-3F2A9C1B-0000-4000-8000-123456789ABC", "Task1"})
  void generatedIdIsReported(String generatedId) {
    // given a user task with a generated id
    var model = compliantModel();
    model.<UserTask>getModelElementById("Task_ReviewCase").setId(generatedId);

    // when it is checked, then the id is reported
    assertThat(ProcessModelRules.generatedIds(model)).containsExactly(
        generatedId + " (userTask) has a generated id; name it after what it does");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Task_AssessOralHealthNeeds", "Flow_ToRecordNeedsAssessment", "Gateway_IsProcurementNeeded",
      "ServiceTask_RecordLotDesign", "EndEvent_ProcurementNotNeeded", "DentalProcurementProcess",
      "Flow_BusinessCaseAffordableNo", "Definitions_DentalProcurement"})
  void meaningfulIdIsNotReported(String meaningfulId) {
    assertThat(ProcessModelRules.looksGenerated(meaningfulId)).isFalse();
  }

  @Test
  void serviceTaskUsingAJavaClassIsReported() {
    // given a service task calling a Java class instead of a delegate expression
    var model = compliantModel();
    var task = model.<ServiceTask>getModelElementById("ServiceTask_RecordReview");
    task.setCamundaDelegateExpression(null);
    task.setCamundaClass("org.commissioninghub.review.RecordReviewDelegate");

    // when it is checked, then both the class and the missing delegate expression are reported
    assertThat(testRules.check(new ModelFile("TestReviewProcess.bpmn", model))).containsExactly(
        "service tasks use a delegate expression: ServiceTask_RecordReview (serviceTask) uses camunda:class "
            + "'org.commissioninghub.review.RecordReviewDelegate'; use camunda:delegateExpression with a Spring bean",
        "service tasks use a delegate expression: ServiceTask_RecordReview (serviceTask) has no "
            + "camunda:delegateExpression");
  }

  @Test
  void serviceTaskWithoutDelegateExpressionIsReported() {
    // given a service task with an expression instead of a delegate expression
    var model = compliantModel();
    var task = model.<ServiceTask>getModelElementById("ServiceTask_RecordReview");
    task.setCamundaDelegateExpression(null);
    task.setCamundaExpression("${caseStore.recordReview(execution)}");

    // when it is checked, then it is reported
    assertThat(ProcessModelRules.serviceTasksWithoutDelegateExpression(model))
        .containsExactly("ServiceTask_RecordReview (serviceTask) has no camunda:delegateExpression");
  }

  @Test
  void serviceTaskThatIsNotAsyncBeforeIsReported() {
    // given a synchronous service task
    var model = compliantModel();
    model.<ServiceTask>getModelElementById("ServiceTask_RecordReview").setCamundaAsyncBefore(false);

    // when it is checked, then it is reported
    assertThat(testRules.check(new ModelFile("TestReviewProcess.bpmn", model))).containsExactly(
        "service tasks are asynchronous before: ServiceTask_RecordReview (serviceTask) is not camunda:asyncBefore");
  }

  @Test
  void fileNamedOtherThanItsProcessIsReported() {
    // given a single-process model in a file not named after the process
    var file = new ModelFile("review.bpmn", compliantModel());

    // when it is checked, then the file name is reported
    assertThat(testRules.check(file)).containsExactly(
        "file is named after its process: file review.bpmn holds process TestReviewProcess "
            + "and should be named TestReviewProcess.bpmn");
  }

  // --- helpers --------------------------------------------------------------------------------

  /**
   * A model keeping every rule. The fluent builder draws the diagram itself and names what it is
   * not given an id for with a uuid, so every id is given.
   */
  private static BpmnModelInstance compliantModel() {
    var model = Bpmn.createExecutableProcess("TestReviewProcess")
        .camundaHistoryTimeToLiveString("P180D")
        .startEvent("StartEvent_CaseOpened")
        .sequenceFlowId("Flow_ToReviewCase")
        .userTask("Task_ReviewCase")
        .camundaFormRef(TEST_FORM)
        .camundaCandidateGroups("commissioning-manager")
        .sequenceFlowId("Flow_ToRecordReview")
        .serviceTask("ServiceTask_RecordReview")
        .camundaDelegateExpression("${recordReviewDelegate}")
        .camundaAsyncBefore()
        .sequenceFlowId("Flow_ToCaseReviewed")
        .endEvent("EndEvent_CaseReviewed")
        .done();
    model.getDefinitions().setId("Definitions_TestReview");
    return model;
  }

  private static <T extends ModelElementInstance> void removeDiagramElementFor(
      BpmnModelInstance model, Class<T> diagramType, String elementId) {
    var diagramElement = model.getModelElementsByType(diagramType).stream()
        .filter(element -> elementId.equals(element.getAttributeValue("bpmnElement")))
        .findFirst()
        .orElseThrow();
    diagramElement.getParentElement().removeChildElement(diagramElement);
  }

  private static List<Path> bpmnFiles() {
    try (Stream<Path> files = Files.list(PROCESSES)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
