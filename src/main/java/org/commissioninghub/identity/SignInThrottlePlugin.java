package org.commissioninghub.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Puts {@link ThrottledIdentityProvider} in the engine in place of its own identity provider. */
@Component
class SignInThrottlePlugin extends AbstractProcessEnginePlugin {

  private final int freeAttempts;

  SignInThrottlePlugin(@Value("${hub.sign-in.free-attempts:3}") int freeAttempts) {
    this.freeAttempts = freeAttempts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setIdentityProviderSessionFactory(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return ThrottledIdentityProvider.class;
      }

      @Override
      public Session openSession() {
        return new ThrottledIdentityProvider(freeAttempts);
      }
    });
  }

  /** Settings that make no throttle (negative free attempts, or as many as allowed ones) stop the start. */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    ThrottledIdentityProvider.throttle(freeAttempts, configuration);
  }
}
