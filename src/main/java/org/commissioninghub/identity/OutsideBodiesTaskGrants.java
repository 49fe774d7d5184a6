package org.commissioninghub.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * The engine's grants on tasks, except that a role of outside bodies (prison governors, police
 * forces, police and crime commissioners) is never granted a task through the role: its members
 * are other prisons, other forces and other commissioners, each of whom sees only the cases that
 * name them. A task for one of them is granted to the person it names (a named approver, the
 * person the case names for the role), who then finds it in Tasklist; the rest of the role do not.
 */
@Component
class OutsideBodiesTaskGrants extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      if (Role.isOutsideBodies(groupId)) {
        return new AuthorizationEntity[0];
      }
      return super.newTaskGroupIdentityLink(task, groupId, identityLinkType);
    }
  }
}
