package org.commissioninghub.workflow;

import java.util.ArrayList;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of every process the hub's behaviour without drawing it in each diagram:
 * on creation the case's named person for the task's role becomes a candidate; on completion the
 * submitted form is checked against its schema and written to the case's event log. Also fixes how
 * the engine treats variable input: no Java serialization, objects only of the
 * {@link ObjectVariableTypes}, and bad input that fails a command fails it as bad input
 * ({@link BadInputInterceptor}).
 */
@Component
class WorkflowPlugin extends AbstractProcessEnginePlugin {

  private final NamedPersonRouting namedPersonRouting;
  private final TaskCompletionRecorder completionRecorder;

  /** Lazy: the listeners use engine services, which exist only once this plugin has configured the engine. */
  WorkflowPlugin(@Lazy NamedPersonRouting namedPersonRouting, @Lazy TaskCompletionRecorder completionRecorder) {
    this.namedPersonRouting = namedPersonRouting;
    this.completionRecorder = completionRecorder;
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
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, namedPersonRouting);
        taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completionRecorder);
      }
    });
  }
}
