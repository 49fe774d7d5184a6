package org.commissioninghub.casestore;

/**
 * Where an event of a case's log belongs: the process instance it happened in (so the hub knows
 * who worked which part of a case), and a restriction on who may read it, such as the evaluation
 * material of one lot ({@link RestrictedRecords}).
 */
public record EventScope(String processInstanceId, String restrictedTo) {

  public static final EventScope NONE = new EventScope(null, null);

  public static EventScope inProcess(String processInstanceId) {
    return new EventScope(processInstanceId, null);
  }

  public EventScope restrictedTo(String restriction) {
    return new EventScope(processInstanceId, restriction);
  }
}
