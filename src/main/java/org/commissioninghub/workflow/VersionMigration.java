package org.commissioninghub.workflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.commissioninghub.workflow.MigrationReport.LeftBehind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the running instances of one version of a process to another, activity to activity by id
 * ({@code mapEqualActivities}). Each attempt is one engine migration, one transaction: it moves
 * every instance it is given or none. An instance that cannot move is taken out and the rest tried
 * again, so one stuck case never holds back the others and never half-moves; it stays on its
 * version with a warning that tells an operator what to do.
 */
class VersionMigration {

  private static final Logger log = LoggerFactory.getLogger(VersionMigration.class);

  /** Attempts again after instances changed under the migration, before moving them one at a time. */
  private static final int ATTEMPTS_AFTER_CONCURRENT_CHANGE = 3;

  private final RuntimeService runtimeService;

  VersionMigration(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  MigrationReport migrate(ProcessDefinition source, ProcessDefinition target) {
    var businessKeys = businessKeysOfInstancesOn(source);
    if (businessKeys.isEmpty()) {
      return MigrationReport.NOTHING;
    }
    return new Run(source, target, businessKeys).migrate();
  }

  private Map<String, String> businessKeysOfInstancesOn(ProcessDefinition definition) {
    var businessKeys = new LinkedHashMap<String, String>();
    runtimeService.createProcessInstanceQuery().processDefinitionId(definition.getId())
        .orderByProcessInstanceId().asc().list()
        .forEach(instance -> businessKeys.put(instance.getId(), instance.getBusinessKey()));
    return businessKeys;
  }

  /** One migration from a source version to a target version, and what it has done so far. */
  private final class Run {

    private final ProcessDefinition source;
    private final ProcessDefinition target;
    private final Map<String, String> businessKeys;
    private final List<String> migrated = new ArrayList<>();
    private final List<LeftBehind> leftBehind = new ArrayList<>();

    Run(ProcessDefinition source, ProcessDefinition target, Map<String, String> businessKeys) {
      this.source = source;
      this.target = target;
      this.businessKeys = businessKeys;
    }

    MigrationReport migrate() {
      MigrationPlan plan;
      try {
        // updateEventTriggers: a message or timer follows the new diagram's definition. The hub's timers
        // are dates held in variables, so a timer evaluated again keeps its due date.
        plan = runtimeService.createMigrationPlan(source.getId(), target.getId())
            .mapEqualActivities()
            .updateEventTriggers()
            .build();
      } catch (MigrationPlanValidationException e) {
        businessKeys.keySet().forEach(instanceId -> leaveBehind(instanceId, List.of(),
            "no migration plan from version " + source.getVersion() + " could be built: " + e.getMessage()));
        return report();
      }
      var mappedActivities = plan.getInstructions().stream()
          .map(MigrationInstruction::getSourceActivityId)
          .collect(Collectors.toSet());
      var candidates = new ArrayList<String>();
      for (var instanceId : businessKeys.keySet()) {
        var unmapped = waitingActivitiesOutside(instanceId, mappedActivities);
        if (unmapped.isEmpty()) {
          candidates.add(instanceId);
        } else {
          leaveBehind(instanceId, unmapped, "it waits at " + String.join(", ", unmapped) + ", and version "
              + target.getVersion() + " has nothing a migration can map that to");
        }
      }
      migrateTogether(plan, candidates);
      if (!migrated.isEmpty()) {
        log.info("Migrated {} running instance(s) of {} from version {} to version {}.", migrated.size(),
            source.getKey(), source.getVersion(), target.getVersion());
      }
      return report();
    }

    /**
     * The activities the instance waits at (user tasks, jobs, call activities...) that no instruction
     * maps: the engine would refuse the instance for them, and they are what an operator must move.
     */
    private List<String> waitingActivitiesOutside(String instanceId, Set<String> mappedActivities) {
      var tree = runtimeService.getActivityInstance(instanceId);
      if (tree == null) {
        return List.of();
      }
      return waitingActivities(tree).filter(activityId -> !mappedActivities.contains(activityId)).distinct().toList();
    }

    private Stream<String> waitingActivities(ActivityInstance scope) {
      var transitions = Stream.of(scope.getChildTransitionInstances()).map(TransitionInstance::getActivityId);
      var children = Stream.of(scope.getChildActivityInstances()).flatMap(child ->
          child.getChildActivityInstances().length == 0 && child.getChildTransitionInstances().length == 0
              ? Stream.of(child.getActivityId())
              : waitingActivities(child));
      return Stream.concat(transitions, children);
    }

    private void migrateTogether(MigrationPlan plan, List<String> candidates) {
      var remaining = new ArrayList<>(candidates);
      var attemptsAfterConcurrentChange = 0;
      while (!remaining.isEmpty()) {
        try {
          runtimeService.newMigration(plan).processInstanceIds(remaining).execute();
          migrated.addAll(remaining);
          return;
        } catch (MigratingProcessInstanceValidationException e) {
          var refused = e.getValidationReport();
          leaveBehindAsRefused(refused, e);
          if (!remaining.remove(refused.getProcessInstanceId())) {
            remaining.forEach(instanceId -> migrateAlone(plan, instanceId));
            return;
          }
        } catch (ProcessEngineException e) {
          if (dropThoseNoLongerOnSource(remaining)) {
            continue;
          }
          if (e instanceof OptimisticLockingException
              && attemptsAfterConcurrentChange++ < ATTEMPTS_AFTER_CONCURRENT_CHANGE) {
            log.info("Running instances of {} version {} changed while being migrated; trying again.",
                source.getKey(), source.getVersion());
            continue;
          }
          // Not tied to one instance by the engine: one at a time, so that it stops only the one it concerns.
          remaining.forEach(instanceId -> migrateAlone(plan, instanceId));
          return;
        }
      }
    }

    private void migrateAlone(MigrationPlan plan, String instanceId) {
      try {
        runtimeService.newMigration(plan).processInstanceIds(instanceId).execute();
        migrated.add(instanceId);
      } catch (MigratingProcessInstanceValidationException e) {
        leaveBehindAsRefused(e.getValidationReport(), e);
      } catch (ProcessEngineException e) {
        var alone = new ArrayList<>(List.of(instanceId));
        if (!dropThoseNoLongerOnSource(alone)) {
          leaveBehind(instanceId, List.of(), "migrating it failed: " + e.getMessage());
        }
      }
    }

    /**
     * Another hub starting at the same time migrates the same instances: whichever commits first
     * wins and the other's attempt fails on the engine's optimistic locking. What the other hub
     * moved (or what ended meanwhile) is not ours to report.
     */
    private boolean dropThoseNoLongerOnSource(List<String> instanceIds) {
      var stillOnSource = businessKeysOfInstancesOn(source).keySet();
      var movedOn = instanceIds.stream().filter(instanceId -> !stillOnSource.contains(instanceId)).toList();
      if (movedOn.isEmpty()) {
        return false;
      }
      instanceIds.removeAll(movedOn);
      log.info("{} running instance(s) of {} version {} were no longer on it when this hub migrated them:"
              + " another hub starting at the same time migrated them, or they ended. {}",
          movedOn.size(), source.getKey(), source.getVersion(), movedOn);
      return true;
    }

    private void leaveBehindAsRefused(MigratingProcessInstanceValidationReport refused, RuntimeException e) {
      var activities = Stream.concat(
              refused.getActivityInstanceReports().stream()
                  .map(MigratingActivityInstanceValidationReport::getSourceScopeId),
              refused.getTransitionInstanceReports().stream()
                  .map(MigratingTransitionInstanceValidationReport::getSourceScopeId))
          .distinct().toList();
      leaveBehind(refused.getProcessInstanceId(), activities, "the engine refused to migrate it: " + e.getMessage());
    }

    private void leaveBehind(String instanceId, List<String> activityIds, String reason) {
      var businessKey = businessKeys.get(instanceId);
      leftBehind.add(new LeftBehind(instanceId, businessKey, source.getId(), activityIds, reason));
      log.warn("Case {} (process instance {}) stays on {} version {} ({}) and was not migrated to version {} ({}): {}."
              + " It runs on under its version, whose later steps may call delegates this hub no longer has."
              + " An administrator moves it over the engine REST API (Cockpit's modification and migration are not"
              + " in the community edition): POST /engine-rest/process-instance/{}/modification, starting it before"
              + " an activity version {} has and cancelling where it waits (for a step that no longer exists, usually"
              + " the user task before it, whose form is then submitted again); then restart the hub, or migrate it"
              + " with POST /engine-rest/migration/execute. See Operations in the README.",
          businessKey == null ? "(none)" : businessKey, instanceId, source.getKey(), source.getVersion(),
          source.getId(), target.getVersion(), target.getId(), reason, instanceId, target.getVersion());
    }

    private MigrationReport report() {
      return new MigrationReport(migrated, leftBehind);
    }
  }
}
