package org.commissioninghub.approval.process;

import static org.commissioninghub.approval.ApprovalChainVariables.APPROVAL_PLAN;
import static org.commissioninghub.approval.ApprovalChainVariables.APPROVAL_STEPS;
import static org.commissioninghub.approval.StageApprovalVariables.DUE_IN_WORKING_DAYS;
import static org.commissioninghub.approval.StageApprovalVariables.ESCALATION_ROLE;
import static org.commissioninghub.approval.StageApprovalVariables.PREPARED_IN_PROCESS;
import static org.commissioninghub.approval.StageApprovalVariables.STAGE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.approval.ApprovalChainService;
import org.commissioninghub.approval.ApprovalStep;
import org.commissioninghub.approval.ApprovalChainVariables.Plan;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * Checks the chain's steps and keeps them as the plan the diagram runs, with where the work they
 * sign off was prepared (the chain's caller, unless the chain was told otherwise) for every
 * sign-off. Bad steps fail the job: a configuration error, an incident once the retries are spent.
 */
@Component
class PlanApprovalStepsDelegate implements JavaDelegate {

  private final ApprovalChainService chains;

  PlanApprovalStepsDelegate(ApprovalChainService chains) {
    this.chains = chains;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var steps = chains.plan(ProcessVariables.json(execution, APPROVAL_STEPS),
        ProcessVariables.text(execution, STAGE),
        ProcessVariables.integer(execution, DUE_IN_WORKING_DAYS),
        ProcessVariables.text(execution, ESCALATION_ROLE));
    var plan = new ArrayList<Map<String, Object>>();
    steps.forEach(step -> plan.add(asVariable(step)));
    execution.setVariable(APPROVAL_PLAN, plan);
    execution.setVariable(PREPARED_IN_PROCESS, PreparingProcess.of(execution));
  }

  private static Map<String, Object> asVariable(ApprovalStep step) {
    var parties = new ArrayList<Map<String, Object>>();
    step.parties().forEach(party -> {
      var entry = new LinkedHashMap<String, Object>();
      entry.put(Plan.NAME, party.name());
      entry.put(Plan.LABEL, party.label());
      entry.put(Plan.STAGE, party.stage());
      entry.put(Plan.ROLE, party.role());
      entry.put(Plan.USER, party.user());
      parties.add(entry);
    });
    var entry = new LinkedHashMap<String, Object>();
    entry.put(Plan.NAME, step.name());
    entry.put(Plan.STAGE, step.stage());
    entry.put(Plan.ROLE, step.role());
    entry.put(Plan.USER, step.user());
    entry.put(Plan.DUE_IN_WORKING_DAYS, step.dueInWorkingDays());
    entry.put(Plan.PARTIES, parties);
    return entry;
  }
}
