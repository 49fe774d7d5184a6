package org.commissioninghub;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.data.repository.Repository;

/**
 * The package-by-feature boundaries: features do not depend on each other in circles, delegates
 * and controllers go through services, and the case store knows nothing of the programmes.
 */
@AnalyzeClasses(packages = "org.commissioninghub", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.commissioninghub.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule delegatesDoNotTouchRepositories =
      noClasses().that().implement(JavaDelegate.class)
          .should().dependOnClassesThat().areAssignableTo(Repository.class);

  @ArchTest
  static final ArchRule delegatesLiveInProcessPackages =
      classes().that().implement(JavaDelegate.class).should().resideInAPackage("..process..")
          .andShould().haveSimpleNameEndingWith("Delegate");

  @ArchTest
  static final ArchRule controllersDoNotTouchRepositories =
      noClasses().that().resideInAPackage("..web..")
          .should().dependOnClassesThat().areAssignableTo(Repository.class);

  @ArchTest
  static final ArchRule theCaseStoreKnowsNoProgramme =
      noClasses().that().resideInAPackage("org.commissioninghub.casestore..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.commissioninghub.dental..", "org.commissioninghub.procurement..",
              "org.commissioninghub.approval..", "org.commissioninghub.workitem..");
}
