package org.commissioninghub.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.commissioninghub.casestore.CaseStore;
import org.springframework.stereotype.Component;

/**
 * Moves a case to the stage its diagram declares on the activity that has just started (the
 * {@code stage} extension property): the diagram is the one source of the order of stages.
 */
@Component
class StageMoves {

  static final String STAGE_PROPERTY = "stage";

  private final CaseStore caseStore;
  private final IdentityService identityService;

  StageMoves(CaseStore caseStore, IdentityService identityService) {
    this.caseStore = caseStore;
    this.identityService = identityService;
  }

  /** Called as an activity declaring this stage starts. */
  void move(DelegateExecution execution, String stage) {
    var reference = execution.getProcessBusinessKey();
    if (reference != null && caseStore.find(reference).isPresent()) {
      caseStore.moveToStage(reference, stage, actor());
    }
  }

  /** Whoever's action started the activity (completing the task before it), else the hub itself. */
  private String actor() {
    var authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null
        ? authentication.getUserId() : CaseStore.SYSTEM_ACTOR;
  }
}
