package org.commissioninghub.workflow;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Finds every {@link RecordsAnswer} method among the hub's beans, by the form it records. Two
 * methods for one form, or a method of the wrong shape, stop the hub from starting.
 */
@Component
class AnswerRecorders implements BeanPostProcessor {

  /** One {@link RecordsAnswer} method: called on its bean (through its proxy, so its transaction applies). */
  record Recorder(String formId, Object bean, Method method, Class<?> answerType) {}

  private final Map<String, Recorder> byForm = new ConcurrentHashMap<>();

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    var targetClass = AopUtils.getTargetClass(bean);
    if (!targetClass.getPackageName().startsWith("org.commissioninghub")) {
      return bean;
    }
    MethodIntrospector.selectMethods(targetClass, (MethodIntrospector.MetadataLookup<RecordsAnswer>) method ->
            AnnotatedElementUtils.findMergedAnnotation(method, RecordsAnswer.class))
        .forEach((method, annotation) -> register(annotation.value(), bean, method));
    return bean;
  }

  Optional<Recorder> forForm(String formId) {
    return Optional.ofNullable(byForm.get(formId));
  }

  Map<String, Recorder> all() {
    return Map.copyOf(byForm);
  }

  private void register(String formId, Object bean, Method method) {
    var parameters = method.getParameterTypes();
    if (parameters.length != 2 || parameters[0] != CompletedTask.class) {
      throw new IllegalStateException(method + " records form " + formId
          + ": it must take (CompletedTask, its answer record)");
    }
    var returns = method.getGenericReturnType();
    var returnsVariables = returns == void.class || returns instanceof ParameterizedType type
        && type.getRawType() == Map.class && type.getActualTypeArguments()[0] == String.class;
    if (!returnsVariables) {
      throw new IllegalStateException(method + " records form " + formId
          + ": it must answer nothing or a Map<String, Object> of process variables");
    }
    var recorder = new Recorder(formId, bean, AopUtils.selectInvocableMethod(method, bean.getClass()), parameters[1]);
    var clash = byForm.putIfAbsent(formId, recorder);
    if (clash != null) {
      throw new IllegalStateException("form " + formId + " is recorded twice: by " + clash.method() + " and " + method);
    }
  }
}
