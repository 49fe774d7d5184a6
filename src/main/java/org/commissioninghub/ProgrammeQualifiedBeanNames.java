package org.commissioninghub;

import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.util.ClassUtils;

/**
 * Names the beans of each feature's {@code process} package after the feature as well as the class:
 * {@code dental.process.CloseCaseDelegate} is {@code dentalCloseCaseDelegate}, which the diagrams
 * name in their expressions. Two programmes can then each have a {@code RecordMobilisationDelegate}
 * without a clash. Every other bean keeps Spring's default name.
 */
class ProgrammeQualifiedBeanNames extends AnnotationBeanNameGenerator {

  private static final Pattern PROCESS_PACKAGE = Pattern.compile("org\\.commissioninghub\\.(\\w+)\\.process");

  @Override
  protected String buildDefaultBeanName(BeanDefinition definition) {
    var className = definition.getBeanClassName();
    if (className != null) {
      var feature = PROCESS_PACKAGE.matcher(ClassUtils.getPackageName(className));
      if (feature.matches()) {
        return feature.group(1) + ClassUtils.getShortName(className);
      }
    }
    return super.buildDefaultBeanName(definition);
  }
}
