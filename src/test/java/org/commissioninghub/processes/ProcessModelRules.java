package org.commissioninghub.processes;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Artifact;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.DataAssociation;
import org.camunda.bpm.model.bpmn.instance.DataObject;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The house rules for BPMN models, each answering a list of problems (empty when the model keeps
 * the rule). Used by {@link ProcessModelTests} on the real models and on small broken models that
 * prove each rule can fail.
 */
final class ProcessModelRules {

  /** A model and the name of the file it was read from. */
  record ModelFile(String fileName, BpmnModelInstance model) {}

  /** One named rule. */
  record Rule(String name, Function<ModelFile, List<String>> check) {

    List<String> problemsIn(ModelFile file) {
      return check.apply(file);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Ids Camunda Modeler makes up: a type prefix and seven random base-36 characters, e.g. Activity_0x1abcd. */
  private static final Pattern MODELER_RANDOM_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");
  /** Ids numbered rather than named, e.g. UserTask_1, StartEvent_1, Flow_12. */
  private static final Pattern NUMBERED_ID = Pattern.compile("_\\d+$");
  /** Ids the model API makes up (sequenceFlow_3f2a...) or other tools' uuids (sid-...). */
  private static final Pattern UUID_ID =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern OTHER_TOOL_ID = Pattern.compile("^(sid|id)-.*");
  /** A bare type name, perhaps numbered: Task, Task1, Process2. */
  private static final Pattern BARE_TYPE_ID = Pattern.compile(
      "^(Activity|Task|UserTask|ServiceTask|SendTask|ReceiveTask|ScriptTask|BusinessRuleTask|ManualTask"
          + "|CallActivity|SubProcess|Gateway|ExclusiveGateway|ParallelGateway|InclusiveGateway|EventBasedGateway"
          + "|Event|StartEvent|EndEvent|IntermediateThrowEvent|IntermediateCatchEvent|BoundaryEvent"
          + "|Flow|SequenceFlow|MessageFlow|Association|Process|Definitions|Collaboration|Participant|Lane"
          + "|LaneSet|DataObject|DataObjectReference|DataStoreReference|TextAnnotation|Message|Signal|Error"
          + "|Escalation)\\d*$");
  /** After the prefix, a meaningful id has at least one word of three letters or more. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

  private final Set<String> knownFormIds;

  ProcessModelRules(Set<String> knownFormIds) {
    this.knownFormIds = Set.copyOf(knownFormIds);
  }

  /** The {@code id} of every Camunda Form ({@code *.form}) in the directory. */
  static Set<String> formIdsIn(Path formsDirectory) {
    var mapper = new ObjectMapper();
    try (Stream<Path> files = Files.list(formsDirectory)) {
      var ids = new LinkedHashSet<String>();
      for (var file : files.filter(f -> f.getFileName().toString().endsWith(".form")).sorted().toList()) {
        var id = mapper.readTree(file.toFile()).path("id").asText("");
        if (!id.isBlank()) {
          ids.add(id);
        }
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<Rule> rules() {
    return List.of(
        new Rule("every element is drawn in the diagram", file -> elementsWithoutDiagram(file.model())),
        new Rule("executable processes have a history time to live", file -> processesWithoutHistoryTimeToLive(file.model())),
        new Rule("user tasks have a Camunda form", file -> userTasksWithoutForm(file.model())),
        new Rule("user tasks have candidate groups", file -> userTasksWithoutCandidateGroups(file.model())),
        new Rule("form references name a form in forms/", file -> unknownFormReferences(file.model())),
        new Rule("element ids are meaningful, not generated", file -> generatedIds(file.model())),
        new Rule("service tasks use a delegate expression", file -> serviceTasksWithoutDelegateExpression(file.model())),
        new Rule("service tasks are asynchronous before", file -> serviceTasksNotAsyncBefore(file.model())),
        new Rule("file is named after its process", ProcessModelRules::fileNameNotProcessId));
  }

  /** Every problem the rules find, each prefixed with the rule's name. */
  List<String> check(ModelFile file) {
    var problems = new ArrayList<String>();
    for (var rule : rules()) {
      rule.problemsIn(file).forEach(problem -> problems.add(rule.name() + ": " + problem));
    }
    return problems;
  }

  static List<String> elementsWithoutDiagram(BpmnModelInstance model) {
    var shaped = new HashSet<String>();
    model.getModelElementsByType(BpmnShape.class).forEach(shape -> shaped.add(shape.getAttributeValue("bpmnElement")));
    var edged = new HashSet<String>();
    model.getModelElementsByType(BpmnEdge.class).forEach(edge -> edged.add(edge.getAttributeValue("bpmnElement")));

    var drawable = new LinkedHashSet<BaseElement>();
    model.getModelElementsByType(FlowElement.class).stream()
        .filter(element -> !(element instanceof DataObject)) // drawn through its DataObjectReference
        .forEach(drawable::add);
    drawable.addAll(model.getModelElementsByType(Participant.class));
    drawable.addAll(model.getModelElementsByType(Lane.class));
    drawable.addAll(model.getModelElementsByType(MessageFlow.class));
    drawable.addAll(model.getModelElementsByType(Artifact.class));
    drawable.addAll(model.getModelElementsByType(DataAssociation.class));

    var problems = new ArrayList<String>();
    for (var element : drawable) {
      if (element.getId() == null) {
        problems.add(describe(element) + " has no id, so it cannot be drawn");
      } else if (isEdge(element) && !edged.contains(element.getId())) {
        problems.add(describe(element) + " has no BPMNEdge in the diagram");
      } else if (!isEdge(element) && !shaped.contains(element.getId())) {
        problems.add(describe(element) + " has no BPMNShape in the diagram");
      }
    }
    return problems;
  }

  private static boolean isEdge(BaseElement element) {
    return element instanceof SequenceFlow || element instanceof MessageFlow || element instanceof Association
        || element instanceof DataAssociation;
  }

  static List<String> processesWithoutHistoryTimeToLive(BpmnModelInstance model) {
    return model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable)
        .filter(process -> isBlank(process.getCamundaHistoryTimeToLiveString()))
        .map(process -> describe(process) + " is executable but has no camunda:historyTimeToLive")
        .toList();
  }

  static List<String> userTasksWithoutForm(BpmnModelInstance model) {
    return model.getModelElementsByType(UserTask.class).stream()
        .filter(task -> isBlank(task.getCamundaFormRef()))
        .map(task -> describe(task) + " has no camunda:formRef")
        .toList();
  }

  static List<String> userTasksWithoutCandidateGroups(BpmnModelInstance model) {
    return model.getModelElementsByType(UserTask.class).stream()
        .filter(task -> isBlank(task.getCamundaCandidateGroups()))
        .map(task -> describe(task) + " has no camunda:candidateGroups")
        .toList();
  }

  List<String> unknownFormReferences(BpmnModelInstance model) {
    return model.getModelElementsByType(UserTask.class).stream()
        .filter(task -> !isBlank(task.getCamundaFormRef()))
        .filter(task -> !knownFormIds.contains(task.getCamundaFormRef()))
        .map(task -> describe(task) + " has camunda:formRef '" + task.getCamundaFormRef()
            + "', which is the id of no form in forms/ (known: " + knownFormIds.stream().sorted().toList() + ")")
        .toList();
  }

  static List<String> generatedIds(BpmnModelInstance model) {
    var elements = new ArrayList<ModelElementInstance>();
    elements.add(model.getDefinitions());
    elements.addAll(model.getModelElementsByType(BaseElement.class));
    return elements.stream()
        .filter(element -> element.getAttributeValue("id") != null)
        .filter(element -> looksGenerated(element.getAttributeValue("id")))
        .map(element -> describe(element) + " has a generated id; name it after what it does")
        .toList();
  }

  static boolean looksGenerated(String id) {
    if (MODELER_RANDOM_ID.matcher(id).matches() || NUMBERED_ID.matcher(id).find() || UUID_ID.matcher(id).find()
        || OTHER_TOOL_ID.matcher(id).matches() || BARE_TYPE_ID.matcher(id).matches()) {
      return true;
    }
    var prefixEnd = id.indexOf('_');
    return prefixEnd >= 0 && !WORD.matcher(id.substring(prefixEnd + 1)).find();
  }

  static List<String> serviceTasksWithoutDelegateExpression(BpmnModelInstance model) {
    var problems = new ArrayList<String>();
    for (var task : model.getModelElementsByType(ServiceTask.class)) {
      if (!isBlank(task.getCamundaClass())) {
        problems.add(describe(task) + " uses camunda:class '" + task.getCamundaClass()
            + "'; use camunda:delegateExpression with a Spring bean");
      }
      if (isBlank(task.getCamundaDelegateExpression())) {
        problems.add(describe(task) + " has no camunda:delegateExpression");
      }
    }
    return problems;
  }

  static List<String> serviceTasksNotAsyncBefore(BpmnModelInstance model) {
    return model.getModelElementsByType(ServiceTask.class).stream()
        .filter(task -> !task.isCamundaAsyncBefore())
        .map(task -> describe(task) + " is not camunda:asyncBefore")
        .toList();
  }

  static List<String> fileNameNotProcessId(ModelFile file) {
    Collection<Process> processes = file.model().getModelElementsByType(Process.class);
    if (processes.size() != 1) {
      return List.of();
    }
    var expected = processes.iterator().next().getId() + ".bpmn";
    return expected.equals(file.fileName())
        ? List.of()
        : List.of("file " + file.fileName() + " holds process " + processes.iterator().next().getId()
            + " and should be named " + expected);
  }

  private static String describe(ModelElementInstance element) {
    return element.getAttributeValue("id") + " (" + element.getElementType().getTypeName() + ")";
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
