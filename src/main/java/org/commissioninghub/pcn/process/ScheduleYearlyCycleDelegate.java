package org.commissioninghub.pcn.process;

import static org.commissioninghub.pcn.PcnDevelopmentVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.pcn.PcnDevelopmentService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** Sets the next yearly cycle's contract year and the days its timers wait for, if that year is configured. */
@Component
class ScheduleYearlyCycleDelegate implements JavaDelegate {

  private final PcnDevelopmentService pcnDevelopment;

  ScheduleYearlyCycleDelegate(PcnDevelopmentService pcnDevelopment) {
    this.pcnDevelopment = pcnDevelopment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var cycle = pcnDevelopment.nextCycle(execution.getBusinessKey(), ProcessVariables.text(execution, CYCLE_CONTRACT_YEAR));
    execution.setVariable(NEXT_CYCLE_CONFIGURED, cycle.configured());
    if (cycle.configured()) {
      execution.setVariable(CYCLE_CONTRACT_YEAR, cycle.contractYear());
      execution.setVariable(CYCLE_OPENS_ON, cycle.opensOn());
      execution.setVariable(OPT_OUT_DEADLINE, cycle.optOutDeadline());
    }
  }
}
