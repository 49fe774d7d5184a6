package org.commissioninghub.dental.process;

import static org.commissioninghub.dental.process.DentalProcurementVariables.*;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.commissioninghub.system.CodedValue;
import org.commissioninghub.dental.ContractForm;
import org.commissioninghub.dental.DentalProcurementService;
import org.commissioninghub.dental.DentalProcurementService.LotDesign;
import org.commissioninghub.dental.DentalServiceType;
import org.commissioninghub.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

@Component
public class RecordLotDesignDelegate implements JavaDelegate {

  private final DentalProcurementService dentalProcurement;

  RecordLotDesignDelegate(DentalProcurementService dentalProcurement) {
    this.dentalProcurement = dentalProcurement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var design = new LotDesign(
        ProcessVariables.lines(execution, LOT_NAMES),
        ProcessVariables.texts(execution, LOT_SERVICE_TYPES).stream().map(id -> CodedValue.byId(DentalServiceType.class, id)).toList(),
        CodedValue.byId(ContractForm.class, ProcessVariables.text(execution, CONTRACT_FORM)),
        ProcessVariables.text(execution, LOT_DESIGN_SUMMARY));
    var lotIds = dentalProcurement.recordLotDesign(execution.getBusinessKey(), design, ProcessVariables.actor(execution));
    execution.setVariable(LOT_IDS, new ArrayList<>(lotIds));
  }
}
