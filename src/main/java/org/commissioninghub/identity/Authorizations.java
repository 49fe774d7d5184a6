package org.commissioninghub.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Grants Camunda permissions to groups idempotently, so start-up can run any number of times. */
@Component
class Authorizations {

  private final AuthorizationService authorizationService;

  Authorizations(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    var authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    var missing = false;
    for (var permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        missing = true;
      }
    }
    if (missing || authorization.getId() == null) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
