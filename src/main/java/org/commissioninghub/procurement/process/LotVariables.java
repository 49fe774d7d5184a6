package org.commissioninghub.procurement.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.commissioninghub.procurement.ProcurementVariables;
import org.commissioninghub.workflow.ProcessVariables;

final class LotVariables {

  private LotVariables() {}

  static long lotId(VariableScope scope) {
    var lotId = ProcessVariables.integer(scope, ProcurementVariables.LOT_ID);
    if (lotId == null) {
      throw new IllegalStateException("the process has no lotId: the caller must pass it in");
    }
    return lotId;
  }
}
