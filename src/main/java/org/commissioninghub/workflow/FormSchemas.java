package org.commissioninghub.workflow;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * Finds the Camunda Form of a user task in the task's own deployment (forms are deployed beside
 * the BPMN and bound with formRefBinding="deployment"). Deployments never change, so each one's
 * forms are read once.
 */
@Component
class FormSchemas {

  private static final String FORM_SUFFIX = ".form";

  private final RepositoryService repositoryService;
  private final AsHub asHub;
  private final ObjectMapper objectMapper;
  private final Map<String, Map<String, FormSchema>> formsByDeployment = new ConcurrentHashMap<>();
  private final Map<String, String> deploymentByDefinition = new ConcurrentHashMap<>();

  FormSchemas(RepositoryService repositoryService, AsHub asHub, ObjectMapper objectMapper) {
    this.repositoryService = repositoryService;
    this.asHub = asHub;
    this.objectMapper = objectMapper;
  }

  Optional<FormSchema> formOf(DelegateTask task) {
    UserTask userTask = task.getBpmnModelElementInstance();
    return userTask == null ? Optional.empty() : formOf(task.getProcessDefinitionId(), userTask.getCamundaFormRef());
  }

  /** A task loaded with {@code initializeFormKeys()}. */
  Optional<FormSchema> formOf(Task task) {
    var formRef = task.getCamundaFormRef();
    return formRef == null ? Optional.empty() : formOf(task.getProcessDefinitionId(), formRef.getKey());
  }

  private Optional<FormSchema> formOf(String processDefinitionId, String formRef) {
    if (processDefinitionId == null || formRef == null) {
      return Optional.empty();
    }
    return asHub.run(() -> {
      // A definition never moves to another deployment; asking the engine costs a transaction a task.
      var deploymentId = deploymentByDefinition.computeIfAbsent(processDefinitionId,
          id -> repositoryService.getProcessDefinition(id).getDeploymentId());
      var forms = formsByDeployment.computeIfAbsent(deploymentId, this::readForms);
      return Optional.ofNullable(forms.get(formRef));
    });
  }

  private Map<String, FormSchema> readForms(String deploymentId) {
    var forms = new HashMap<String, FormSchema>();
    for (var resource : repositoryService.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(FORM_SUFFIX)) {
        continue;
      }
      try (var in = repositoryService.getResourceAsStreamById(deploymentId, resource.getId())) {
        var schema = FormSchema.parse(objectMapper.readTree(in));
        forms.put(schema.id(), schema);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read form " + resource.getName(), e);
      }
    }
    return Map.copyOf(forms);
  }
}
