package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordRepresentationReviewDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordRepresentationReviewDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var outcome = ProcessVariables.text(execution, REPRESENTATION_OUTCOME);
    procurement.reviewRepresentation(lotId(execution), outcome, ProcessVariables.text(execution, REPRESENTATION_REASON),
        ProcessVariables.actor(execution)).ifPresent(end -> execution.setVariable(STANDSTILL_END, Date.from(end)));
    execution.setVariable(STANDSTILL_OUTCOME, outcome);
    // A later representation gets a fresh review form.
    execution.removeVariable(REPRESENTATION_OUTCOME);
    execution.removeVariable(REPRESENTATION_REASON);
  }
}
