package org.commissioninghub.workflow;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Marks the event-log record of a completed task as readable only by some of those who see the
 * case (a bid's scores, for instance). A feature registers a bean for the tasks whose answers it
 * owns; the key it answers is one its {@code RestrictedRecords} rule recognises.
 */
public interface TaskRecordRestriction {

  Optional<String> restrictionFor(DelegateTask task);
}
