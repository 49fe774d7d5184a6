package org.commissioninghub.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine look-ups as the hub rather than as the signed-in user, for checks the hub makes on
 * the user's behalf (reading a task's form, checking a panel member exists): the user need not
 * hold read permission on deployments or users for those.
 */
@Component
public class AsHub {

  private final IdentityService identityService;

  AsHub(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Supplier<T> work) {
    var authentication = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }
}
