package org.commissioninghub.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine keeps its full history (every process, activity, task, variable's last value,
 * decision, job log, incident, identity link and user operation) except the row per variable
 * update and per form field ({@code ACT_HI_DETAIL}): the hub records each submitted answer in the
 * case's event log, in the name of whoever gave it, so the engine's copy only doubled the writes
 * of every task (a third of a task's statements) and the history's size. Nor does it keep the
 * history of the copies {@link TaskContext} gives each task for Tasklist to show (the case's
 * reference, title and value, the item's name and value): the case holds them, and their history
 * was two to five rows written with every task. Selected with
 * {@code camunda.bpm.history-level: full-without-details}.
 *
 * <p>A database that ran on {@code full} is moved to this level as the engine starts (the engine
 * refuses a level that differs from the one recorded): nothing is lost, details already written stay.
 */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  static final HistoryLevel FULL_WITHOUT_DETAILS = new FullWithoutDetails();

  private static final Logger log = LoggerFactory.getLogger(HistoryLevelPlugin.class);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryLevels() == null) {
      configuration.setCustomHistoryLevels(new ArrayList<>());
    }
    configuration.getCustomHistoryLevels().add(FULL_WITHOUT_DETAILS);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryLevel() == FULL_WITHOUT_DETAILS) {
      moveFromFull(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }
  }

  private static void moveFromFull(DataSource dataSource, String prefix) {
    try (var connection = dataSource.getConnection()) {
      if (!engineTablesExist(connection, prefix)) {
        return;
      }
      try (var update = connection.prepareStatement("update " + prefix + "ACT_GE_PROPERTY set VALUE_ = ?"
          + " where NAME_ = 'historyLevel' and VALUE_ = ?")) {
        update.setString(1, String.valueOf(FULL_WITHOUT_DETAILS.getId()));
        update.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
        if (update.executeUpdate() > 0) {
          if (!connection.getAutoCommit()) {
            connection.commit();
          }
          log.info("History level moved from full to {}: variable updates and form fields are no longer kept as"
              + " history details; those already kept stay", FULL_WITHOUT_DETAILS.getName());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot move the engine's history level from full to "
          + FULL_WITHOUT_DETAILS.getName(), e);
    }
  }

  private static boolean engineTablesExist(Connection connection, String prefix) throws SQLException {
    var metaData = connection.getMetaData();
    for (var name : new String[] {prefix + "ACT_GE_PROPERTY", (prefix + "ACT_GE_PROPERTY").toLowerCase()}) {
      try (var tables = metaData.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static final class FullWithoutDetails extends HistoryLevelFull {

    @Override
    public int getId() {
      return 30;
    }

    @Override
    public String getName() {
      return "full-without-details";
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
      return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
          && eventType != HistoryEventTypes.FORM_PROPERTY_UPDATE
          && !isTaskContextCopy(entity);
    }

    /** A task's copy of its case's reference, title or value, or its item's name or value ({@link TaskContext}). */
    private static boolean isTaskContextCopy(Object entity) {
      return entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null
          && TaskContext.COPIES.contains(variable.getName());
    }
  }
}
