package org.commissioninghub.workflow;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Tells a task created in this command that it has no variables in the database, as the engine
 * tells a new execution. Without it the first variable read or written on the task (the case
 * context every task is given, {@link TaskContext}) first reads the task's variables from the
 * database: a query for every task created, which cannot find anything, since the task's id is
 * new. The engine keeps the task's variables in a field it offers no setter for, so it is reached
 * here directly; if this engine version has no such field, the hub does not start.
 */
final class NewTaskVariables implements TaskListener {

  private static final VarHandle VARIABLE_STORE = variableStore();

  @Override
  public void notify(DelegateTask task) {
    if (task instanceof TaskEntity entity
        && Context.getCommandContext().getDbEntityManager().getDbEntityCache().isTransient(entity)) {
      @SuppressWarnings("unchecked")
      var variables = (VariableStore<VariableInstanceEntity>) VARIABLE_STORE.get(entity);
      // ignored if anything has already read or written the task's variables
      variables.setVariablesProvider(VariableCollectionProvider.emptyVariables());
    }
  }

  private static VarHandle variableStore() {
    try {
      return MethodHandles.privateLookupIn(TaskEntity.class, MethodHandles.lookup())
          .findVarHandle(TaskEntity.class, "variableStore", VariableStore.class);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException("This engine's TaskEntity has no variableStore field: check "
          + NewTaskVariables.class.getName() + " against this engine version", e);
    }
  }
}
