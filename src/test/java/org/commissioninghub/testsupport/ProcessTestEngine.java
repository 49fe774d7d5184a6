package org.commissioninghub.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * One in-memory process engine for process tests, without Spring: H2 in memory, no job executor
 * (tests run jobs themselves), full history, the mock expression manager so that beans named in
 * {@code camunda:delegateExpression} can be replaced with {@code Mocks.register(name, delegate)},
 * and {@link AnswerStandIns} for what the hub records when a user task is completed.
 *
 * <p>The engine is built on first use and shared by every test class in the JVM; each test deploys
 * and removes its own models through {@code ProcessEngineExtension}.
 */
public final class ProcessTestEngine {

  /** Not "default", so that it never replaces the engine of a Spring Boot test in the same JVM. */
  public static final String ENGINE_NAME = "process-tests";

  private static ProcessEngine engine;

  private ProcessTestEngine() {}

  public static synchronized ProcessEngine get() {
    if (engine == null) {
      engine = configuration().buildProcessEngine();
    }
    return engine;
  }

  /** The extension that deploys each test's models to this engine: {@code @RegisterExtension static}. */
  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().useProcessEngine(get()).build();
  }

  private static ProcessEngineConfigurationImpl configuration() {
    var configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(ENGINE_NAME);
    configuration.setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1");
    configuration.setJdbcUsername("sa");
    configuration.setJdbcPassword("");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setDbMetricsReporterActivate(false);
    // As in the application: Spin for Json variables, and object variables stored as JSON.
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    // As in the application: completing a user task records its form's answer (here, a stand-in's).
    configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, AnswerStandIns.INSTANCE);
      }
    })));
    configuration.setDefaultSerializationFormat("application/json");
    // As in the application: role ids contain hyphens, user ids dots and hyphens.
    configuration.setGroupResourceWhitelistPattern("[a-z0-9-]+");
    configuration.setUserResourceWhitelistPattern("[a-zA-Z0-9._-]+");
    return configuration;
  }
}
