package org.commissioninghub.workflow;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.commissioninghub.system.BadInput;

/**
 * A command that failed because of bad input fails as bad input. The engine wraps what its
 * listeners and serializers throw (a refused form, a refused object type) in a plain
 * {@link ProcessEngineException}, which the REST API answers with a 500; unwrapped, the
 * {@link BadUserRequestException} inside answers 400 and says what to correct.
 */
class BadInputInterceptor extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (BadUserRequestException badInput) {
      throw badInput;
    } catch (ProcessEngineException failure) {
      var badInput = BadInput.causeOf(failure);
      if (badInput != null) {
        throw badInput;
      }
      throw failure;
    }
  }
}
