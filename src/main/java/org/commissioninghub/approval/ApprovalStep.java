package org.commissioninghub.approval;

import java.util.List;

/**
 * One step of an approval chain, checked and ready to run: one sign-off by its role (and its named
 * approver, if any), or, when it has parties, one sign-off by each party at once, all of which must
 * approve.
 *
 * @param name what the step is called, such as "NHS England"
 * @param stage what its sign-off is recorded and emailed as: the chain's stage and the step's name;
 *     null for a step with parties, whose parties each have their own
 * @param role the Camunda group that approves (a party's own role for a step with parties)
 * @param user the named approver, or null
 * @param dueInWorkingDays the working days each of the step's approvers has to decide
 * @param parties each party that must approve, empty for a step with one approver
 */
public record ApprovalStep(String name, String stage, String role, String user, int dueInWorkingDays,
    List<Party> parties) {

  public ApprovalStep {
    parties = List.copyOf(parties);
  }

  /**
   * One of the parties that must each approve a step.
   *
   * @param name the party, such as "Avon and Somerset police and crime commissioner"
   * @param label the step and the party, as the caller is told when this party does not approve
   * @param stage what the party's sign-off is recorded and emailed as
   * @param role the Camunda group that approves for the party
   * @param user the party's named approver, or null
   */
  public record Party(String name, String label, String stage, String role, String user) {}
}
