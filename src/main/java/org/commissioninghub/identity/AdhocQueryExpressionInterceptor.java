package org.commissioninghub.identity;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Refuses, inside the engine, every ad-hoc query that carries an expression, whichever API or
 * URL it came through. The engine's own check ({@code enableExpressionsInAdhocQueries=false})
 * looks only at the top of a task query: the queries inside {@code orQueries} and the query that
 * extends a stored filter get through and their expressions are evaluated, with reflection
 * available. A query the engine runs as a command of its own is ad hoc by definition; a stored
 * filter's query (written by an administrator) runs inside the filter command and is not seen here.
 */
class AdhocQueryExpressionInterceptor extends CommandInterceptor {

  static final String MESSAGE = "Commissioning Hub does not accept expressions (${...} or #{...}) in queries."
      + " Use a plain value instead.";

  private final Field extendingQuery;

  AdhocQueryExpressionInterceptor() {
    try {
      extendingQuery = AbstractExecuteFilterCmd.class.getDeclaredField("extendingQuery");
      extendingQuery.setAccessible(true);
    } catch (NoSuchFieldException e) {
      // A different engine version: refuse to start rather than run without the guard.
      throw new IllegalStateException("cannot guard filter queries on this engine version", e);
    }
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (command instanceof AbstractQuery<?, ?> query) {
      refuseExpressions(query);
    } else if (command instanceof AbstractExecuteFilterCmd filterCommand) {
      refuseExpressions(extendingQueryOf(filterCommand));
    }
    return next.execute(command);
  }

  private Object extendingQueryOf(AbstractExecuteFilterCmd command) {
    try {
      return extendingQuery.get(command);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read the query extending a filter", e);
    }
  }

  static void refuseExpressions(Object query) {
    if (query instanceof TaskQueryImpl taskQuery) {
      for (var part : taskQuery.getQueries()) {
        refuseIfAny(part);
      }
    }
    if (query instanceof AbstractQuery<?, ?> abstractQuery) {
      refuseIfAny(abstractQuery);
    }
  }

  private static void refuseIfAny(AbstractQuery<?, ?> query) {
    if (query.getExpressions() != null && !query.getExpressions().isEmpty()) {
      throw new BadUserRequestException(MESSAGE);
    }
  }
}
