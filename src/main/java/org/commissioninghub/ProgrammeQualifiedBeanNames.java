package org.commissioninghub;

import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.util.ClassUtils;

/**
 * Names the beans of each feature's {@code process} package after the feature as well as the class:
 * {@code dental.process.CloseCaseDelegate} is {@code dentalCloseCaseDelegate}, which the diagrams
 * name in their expressions. Two programmes can then each have a {@code RecordMobilisationDelegate}
 * without a clash. A feature within a programme names its beans after both:
 * {@code dental.contract.process.EndContractDelegate} is {@code dentalContractEndContractDelegate}.
 * Every other bean keeps Spring's default name.
 */
class ProgrammeQualifiedBeanNames extends AnnotationBeanNameGenerator {

  private static final Pattern PROCESS_PACKAGE = Pattern.compile("org\\.commissioninghub\\.(\\w+(?:\\.\\w+)*)\\.process");

  @Override
  protected String buildDefaultBeanName(BeanDefinition definition) {
    var className = definition.getBeanClassName();
    if (className != null) {
      var feature = PROCESS_PACKAGE.matcher(ClassUtils.getPackageName(className));
      if (feature.matches()) {
        return qualifier(feature.group(1)) + ClassUtils.getShortName(className);
      }
    }
    return super.buildDefaultBeanName(definition);
  }

  /** {@code dental} stays {@code dental}; {@code dental.contract} becomes {@code dentalContract}. */
  private static String qualifier(String featurePackage) {
    var parts = featurePackage.split("\\.");
    var qualifier = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      qualifier.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return qualifier.toString();
  }
}
