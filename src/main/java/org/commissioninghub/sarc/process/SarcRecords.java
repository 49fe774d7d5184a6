package org.commissioninghub.sarc.process;

import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.commissioninghub.sarc.SarcRecommissioningService;
import org.springframework.stereotype.Component;

/**
 * What SarcRecommissioningProcess's expressions read from the case store: who signs a
 * co-commissioner's agreement, and the approval chain of a lot's award.
 */
@Component("sarcRecords")
public class SarcRecords {

  private final SarcRecommissioningService sarc;

  SarcRecords(SarcRecommissioningService sarc) {
    this.sarc = sarc;
  }

  public String pccUser(Long coCommissionerId) {
    return sarc.coCommissioner(coCommissionerId).getPccUser();
  }

  public JsonValue awardApprovalSteps(Long lotId) {
    return SpinValues.jsonValue(sarc.awardApprovalSteps(lotId)).create();
  }
}
