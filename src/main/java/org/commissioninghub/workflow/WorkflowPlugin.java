package org.commissioninghub.workflow;

import java.util.ArrayList;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process the hub's behaviour without drawing it in each diagram:
 * on creation the task starts with no variables to read from the database ({@link NewTaskVariables})
 * and the case's named person for the task's role becomes a candidate; on completion the submitted
 * form is checked against its schema, written to the case's event log and recorded by its
 * {@link RecordsAnswer} method; every task carries its case and, when it is about one item of the
 * case, is named after it ({@link TaskContext}); and an activity that declares a {@code stage}
 * moves the case there when it starts. Also fixes how the engine treats variable input: no Java
 * serialization, objects only of the {@link ObjectVariableTypes}, and bad input that fails a
 * command fails it as bad input ({@link BadInputInterceptor}).
 */
@Component
class WorkflowPlugin extends AbstractProcessEnginePlugin {

  private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);
  private static final TaskListener NEW_TASK_VARIABLES = new NewTaskVariables();

  private final NamedPersonRouting namedPersonRouting;
  private final TaskCompletionRecorder completionRecorder;
  private final StageMoves stageMoves;
  private final TaskContext taskContext;

  /** Lazy: the listeners use engine services, which exist only once this plugin has configured the engine. */
  WorkflowPlugin(@Lazy NamedPersonRouting namedPersonRouting, @Lazy TaskCompletionRecorder completionRecorder,
      @Lazy StageMoves stageMoves, @Lazy TaskContext taskContext) {
    this.namedPersonRouting = namedPersonRouting;
    this.taskContext = taskContext;
    this.completionRecorder = completionRecorder;
    this.stageMoves = stageMoves;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setDeserializationTypeValidationEnabled(true);
    configuration.setDeserializationTypeValidator(className -> {
      if (!ObjectVariableTypes.INSTANCE.validate(className)) {
        throw new BadUserRequestException("Commissioning Hub does not read objects of type " + className + ".");
      }
      return true;
    });
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new BadInputInterceptor());
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, NEW_TASK_VARIABLES);
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, namedPersonRouting);
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskContext);
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completionRecorder);
        declareStage(userTaskElement, activity);
      }

      @Override
      public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseExclusiveGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseParallelGateway(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }

      @Override
      public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
        declareStage(element, activity);
      }
    });
  }

  /** An activity that starts a stage says which ({@code stage} extension property); entering it moves the case there. */
  private void declareStage(Element element, ActivityImpl activity) {
    propertyOf(element, StageMoves.STAGE_PROPERTY)
        .ifPresent(stage -> activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
            (ExecutionListener) execution -> stageMoves.move(execution, stage)));
  }

  static Optional<String> propertyOf(Element element, String name) {
    var extensions = element.element("extensionElements");
    var properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
    if (properties == null) {
      return Optional.empty();
    }
    return properties.elementsNS(CAMUNDA, "property").stream()
        .filter(property -> name.equals(property.attribute("name")))
        .map(property -> property.attribute("value"))
        .findFirst();
  }
}
