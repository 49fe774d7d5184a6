package org.commissioninghub.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

@Component
class UserAccounts {

  static final String EMAIL_DOMAIN = "commissioning-hub.example";

  private final IdentityService identityService;

  UserAccounts(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Creates the user if missing and makes sure of the membership; an existing password is kept. */
  void ensureUser(String id, String firstName, String lastName, String password, String groupId) {
    if (identityService.createUserQuery().userId(id).singleResult() == null) {
      var user = identityService.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@" + EMAIL_DOMAIN);
      user.setPassword(password);
      identityService.saveUser(user);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(id, groupId);
    }
  }

  /** Ends a lock that wrong passwords put on the account, however long it was. */
  void unlock(String id) {
    identityService.unlockUser(id);
  }
}
