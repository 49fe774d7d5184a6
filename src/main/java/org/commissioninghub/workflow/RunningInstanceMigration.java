package org.commissioninghub.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * When the hub starts, moves every running instance of an older version of the hub's own processes
 * to the latest version, so that cases already running carry on under today's diagrams and
 * delegates; an instance that cannot move stays where it is, with a warning for an operator
 * ({@link VersionMigration}). Off with {@code hub.workflow.migrate-running-instances=false}, for an
 * administrator who migrates by hand over the engine REST API instead.
 *
 * <p>A called process (a stage approval, a lot's procurement) is migrated like any other,
 * independently of its caller: the call activity and the called instance stay linked whichever of
 * the two changes version first, so the order of keys does not matter.
 */
@Component
class RunningInstanceMigration implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(RunningInstanceMigration.class);

  private static final int BEFORE_THE_WEB_SERVER = 0;

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final SpringProcessEngineConfiguration engineConfiguration;
  private final VersionMigration versionMigration;
  private final boolean enabled;
  private volatile boolean running;

  RunningInstanceMigration(RepositoryService repositoryService, RuntimeService runtimeService,
      SpringProcessEngineConfiguration engineConfiguration,
      @Value("${hub.workflow.migrate-running-instances:true}") boolean enabled) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.engineConfiguration = engineConfiguration;
    this.versionMigration = new VersionMigration(runtimeService);
    this.enabled = enabled;
  }

  /**
   * The engine deployed the diagrams while the context was built. This runs before the web server
   * takes requests (its phase is {@code Integer.MAX_VALUE - 2048}) and before the starter starts the
   * job executor (once the application is ready): nobody works a case, and no job of an old version
   * runs and fails on a delegate that is gone, while its instance is being moved.
   */
  @Override
  public void start() {
    running = true;
    if (enabled) {
      migrateToLatestVersions();
    } else {
      log.info("Running instances stay on their process versions (hub.workflow.migrate-running-instances is off).");
    }
  }

  @Override
  public int getPhase() {
    return BEFORE_THE_WEB_SERVER;
  }

  @Override
  public void stop() {
    running = false;
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  MigrationReport migrateToLatestVersions() {
    var report = MigrationReport.NOTHING;
    for (var key : hubProcessKeys()) {
      var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key)
          .latestVersion().singleResult();
      if (latest == null) {
        continue;
      }
      for (var source : olderVersionsWithInstances(key, latest)) {
        try {
          report = report.and(versionMigration.migrate(source, latest));
        } catch (RuntimeException e) {
          log.error("Running instances of {} version {} were not migrated to version {}; they stay on it.",
              key, source.getVersion(), latest.getVersion(), e);
        }
      }
    }
    return report;
  }

  /** The ids of the executable processes in the diagrams the hub deploys. */
  private List<String> hubProcessKeys() {
    return Stream.of(engineConfiguration.getDeploymentResources())
        .filter(resource -> resource.getFilename() != null && resource.getFilename().endsWith(".bpmn"))
        .flatMap(RunningInstanceMigration::executableProcessIds)
        .distinct()
        .toList();
  }

  private static Stream<String> executableProcessIds(Resource resource) {
    try (var diagram = resource.getInputStream()) {
      return Bpmn.readModelFromStream(diagram).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable)
          .map(Process::getId)
          .toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private List<ProcessDefinition> olderVersionsWithInstances(String key, ProcessDefinition latest) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(key).list().stream()
        .map(ProcessInstance::getProcessDefinitionId)
        .distinct()
        .map(repositoryService::getProcessDefinition)
        .filter(definition -> definition.getVersion() < latest.getVersion())
        .sorted(Comparator.comparingInt(ProcessDefinition::getVersion))
        .toList();
  }
}
