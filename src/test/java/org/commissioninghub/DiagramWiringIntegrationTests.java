package org.commissioninghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.commissioninghub.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.GenericBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The diagrams name Spring beans in their expressions: every name must be a bean of the hub, and
 * the beans of each feature's process package carry the feature's name, so two programmes'
 * delegates of the same class name never clash.
 */
@IntegrationTest
class DiagramWiringIntegrationTests {

  private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{(\\w+)}");

  @Autowired
  ConfigurableApplicationContext context;

  @Test
  void everyBeanADiagramNamesExists() throws IOException {
    var named = beansNamedByDiagrams();

    assertThat(named).isNotEmpty();
    assertThat(named).allSatisfy(reference ->
        assertThat(context.containsBean(reference.bean())).as("%s", reference).isTrue());
  }

  @Test
  void everyBeanOfAProcessPackageHasItsFeaturesNameFirst() {
    var registry = (BeanDefinitionRegistry) context.getBeanFactory();
    var processBeans = Arrays.stream(registry.getBeanDefinitionNames())
        .map(name -> new Object[] {name, registry.getBeanDefinition(name).getBeanClassName()})
        .filter(bean -> bean[1] != null && ((String) bean[1]).matches("org\\.commissioninghub\\.\\w+\\.process\\..*"))
        .toList();

    assertThat(processBeans).isNotEmpty().allSatisfy(bean -> {
      var className = (String) bean[1];
      var feature = className.split("\\.")[2];
      assertThat((String) bean[0]).as(className).startsWith(feature);
    });
  }

  @Test
  void twoFeaturesMayEachHaveADelegateOfTheSameClassName() {
    var names = new ProgrammeQualifiedBeanNames();
    var registry = (BeanDefinitionRegistry) context.getBeanFactory();

    var dental = names.generateBeanName(
        definitionOf("org.commissioninghub.dental.process.RecordMobilisationDelegate"),
        registry);
    var prison = names.generateBeanName(
        definitionOf("org.commissioninghub.prison.process.RecordMobilisationDelegate"),
        registry);

    assertThat(dental).isEqualTo("dentalRecordMobilisationDelegate");
    assertThat(prison).isEqualTo("prisonRecordMobilisationDelegate");
    assertThat(names.generateBeanName(
        definitionOf("org.commissioninghub.dental.contract.process.EndContractDelegate"), registry))
        .isEqualTo("dentalContractEndContractDelegate");
    assertThat(names.generateBeanName(
        definitionOf("org.commissioninghub.casestore.CaseStore"), registry))
        .isEqualTo("caseStore");
  }

  private static GenericBeanDefinition definitionOf(String className) {
    var definition = new GenericBeanDefinition();
    definition.setBeanClassName(className);
    return definition;
  }

  record BeanReference(String diagram, String element, String bean) {}

  private static List<BeanReference> beansNamedByDiagrams() throws IOException {
    var references = new ArrayList<BeanReference>();
    try (var files = Files.list(Path.of("processes"))) {
      for (var file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        var model = Bpmn.readModelFromFile(file.toFile());
        var diagram = file.getFileName().toString();
        model.getModelElementsByType(ServiceTask.class).forEach(task ->
            add(references, diagram, task.getId(), task.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaExecutionListener.class).forEach(listener ->
            add(references, diagram, listener.getParentElement().getParentElement().getAttributeValue("id"),
                listener.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaTaskListener.class).forEach(listener ->
            add(references, diagram, listener.getParentElement().getParentElement().getAttributeValue("id"),
                listener.getCamundaDelegateExpression()));
      }
    }
    return references;
  }

  private static void add(List<BeanReference> references, String diagram, String element, String expression) {
    if (expression == null) {
      return;
    }
    var bean = BEAN_EXPRESSION.matcher(expression.trim());
    assertThat(bean.matches()).as("%s %s names a bean as ${name}: %s", diagram, element, expression).isTrue();
    references.add(new BeanReference(diagram, element, bean.group(1)));
  }
}
