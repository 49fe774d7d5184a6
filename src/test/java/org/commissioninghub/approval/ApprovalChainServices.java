package org.commissioninghub.approval;

import org.camunda.bpm.engine.IdentityService;

/** The approval chain service on the users and roles of a process test engine, for the chain's process tests. */
public final class ApprovalChainServices {

  private ApprovalChainServices() {}

  public static ApprovalChainService on(IdentityService identityService) {
    return new ApprovalChainService(identityService);
  }
}
