package org.commissioninghub.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

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
 */
class RoleAuthorizationManager extends AuthorizationManager {

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
