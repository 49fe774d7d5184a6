package org.commissioninghub.procurement.process;

import static org.commissioninghub.procurement.process.LotVariables.lotId;
import static org.commissioninghub.procurement.process.ProcurementVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.procurement.ProcurementNotice;
import org.commissioninghub.procurement.ProcurementService;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordTenderNoticeDelegate implements JavaDelegate {

  private final ProcurementService procurement;

  RecordTenderNoticeDelegate(ProcurementService procurement) {
    this.procurement = procurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    procurement.recordNotice(lotId(execution), ProcurementNotice.Type.TENDER,
        ProcessVariables.text(execution, TENDER_NOTICE_REFERENCE), ProcessVariables.actor(execution));
  }
}
