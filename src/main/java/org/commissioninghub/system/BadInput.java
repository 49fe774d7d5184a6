package org.commissioninghub.system;

import org.camunda.bpm.engine.BadUserRequestException;

/** Finds the bad input behind a failure that the engine or its REST API wrapped in something else. */
public final class BadInput {

  private BadInput() {}

  /** The {@link BadUserRequestException} in the failure's causes (not the failure itself), or null. */
  public static BadUserRequestException causeOf(Throwable failure) {
    for (var cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException badInput) {
        return badInput;
      }
    }
    return null;
  }
}
