package org.commissioninghub.dental.contract.process;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.commissioninghub.dental.contract.DentalContractVariables;
import org.commissioninghub.workflow.ProcessVariables;

final class ContractVariables {

  private ContractVariables() {}

  static long lotId(VariableScope scope) {
    var lotId = ProcessVariables.integer(scope, DentalContractVariables.LOT_ID);
    if (lotId == null) {
      throw new IllegalStateException("DentalContractProcess has no lotId: the caller must pass it in");
    }
    return lotId;
  }
}
