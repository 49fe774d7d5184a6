package org.commissioninghub.identity;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PermissionCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The engine's authorization manager without its first query of every authorized command.
 *
 * <p>Before checking anything, the engine narrows the signed-in user's groups to those that hold
 * some authorization, and to know which those are it reads the distinct group of every
 * authorization row ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}). Every open
 * task of a role has rows of its own, so at 100,000 open tasks each claim, each form and each task
 * count first scanned 100,000 rows. Every group a hub user holds is a role with grants, so the
 * narrowing removes nothing: here the user's groups go to the checks as they are, which is always
 * correct (a group without grants matches no row), and the scan is gone.
 *
 * <p>The hub only grants: it never takes a permission away with a revoke authorization, so the
 * engine is told not to look for revokes ({@code authorization-check-revokes: never}), which spares
 * every authorized command another query. A revoke would then be ignored, so none may be saved.
 *
 * <p>Without revokes, a check of a person's permissions is a check of their grants, which
 * {@link GrantCheck} makes with one plain statement instead of the engine's dynamic one.
 *
 * <p>When a task is created, the engine grants it to each of its candidates, and before each grant
 * it reads the database for one the candidate already has on the task. A task created in the same
 * command has none there (its id is new), only those made with it and not yet written, which that
 * read cannot see: here they are looked for among those instead, which spares a read per candidate
 * of every new task, and a second candidate link for the same person finds the grant made for the
 * first rather than adding another.
 */
class RoleAuthorizationManager extends AuthorizationManager {

  static final String REVOKES_REFUSED = "This hub grants permissions and never revokes them: a revoke "
      + "authorization would not be checked, so it is refused. Remove the grant that gives the permission instead.";

  @Override
  public void insert(DbEntity authorization) {
    refuseRevoke(authorization);
    super.insert(authorization);
  }

  @Override
  public void update(AuthorizationEntity authorization) {
    refuseRevoke(authorization);
    if (getDbEntityManager().getDbEntityCache().isTransient(authorization)) {
      // made in this command and not yet written: it is written as it now is
      return;
    }
    super.update(authorization);
  }

  private static void refuseRevoke(DbEntity entity) {
    if (entity instanceof AuthorizationEntity authorization
        && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
      throw new BadUserRequestException(REVOKES_REFUSED);
    }
  }

  @Override
  public AuthorizationEntity findAuthorization(int type, String userId, String groupId, Resource resource,
      String resourceId) {
    if (resource == null || resourceId == null || !isTaskCreatedInThisCommand(resource, resourceId)) {
      return super.findAuthorization(type, userId, groupId, resource, resourceId);
    }
    return getDbEntityManager().getDbEntityCache().getEntitiesByType(AuthorizationEntity.class).stream()
        .filter(grant -> grant.getAuthorizationType() == type
            && Objects.equals(grant.getUserId(), userId) && Objects.equals(grant.getGroupId(), groupId)
            && grant.getResourceType() == resource.resourceType() && resourceId.equals(grant.getResourceId()))
        .findFirst()
        .orElse(null);
  }

  private boolean isTaskCreatedInThisCommand(Resource resource, String taskId) {
    if (resource.resourceType() != Resources.TASK.resourceType()
        && resource.resourceType() != Resources.HISTORIC_TASK.resourceType()) {
      return false;
    }
    var cache = getDbEntityManager().getDbEntityCache();
    var task = cache.get(TaskEntity.class, taskId);
    return task != null && cache.isTransient(task);
  }

  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, PermissionCheck check) {
    if (!isAuthorizationEnabled()) {
      return true;
    }
    return isAuthorized(userId, groupIds, createCompositePermissionCheck(check));
  }

  /** Checks grants as {@link GrantCheck} does, where it answers as the engine would; else as the engine does. */
  @Override
  public boolean isAuthorized(String userId, List<String> groupIds, CompositePermissionCheck check) {
    var grantCheck = GrantCheck.of(check);
    if (grantCheck.isEmpty() || isRevokeAuthCheckEnabled(userId, groupIds)
        || !check.getAllPermissionChecks().stream().allMatch(this::isResourceValidForPermission)) {
      // the engine's own check, which also refuses a permission the resource does not have
      return super.isAuthorized(userId, groupIds, check);
    }
    var configuration = Context.getProcessEngineConfiguration();
    try {
      return grantCheck.get().isGranted(getDbSqlSession().getSqlSession().getConnection(),
          configuration.getDatabaseTablePrefix(), userId, filterAuthenticatedGroupIds(groupIds));
    } catch (SQLException e) {
      throw new ProcessEngineException("could not read the grants of " + userId, e);
    }
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    // A list MyBatis can read (never Collections.emptyList()), as the engine's own answer is.
    return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
  }

  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new RoleAuthorizationManager();
    }
  }
}
