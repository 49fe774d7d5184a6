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
 * The package-by-feature boundaries: features and their subpackages do not depend on each other
 * in circles, delegates and controllers go through services and nothing else depends on them, and
 * the case store knows nothing of the programmes.
 */
@AnalyzeClasses(packages = "org.commissioninghub", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles =
      slices().matching("org.commissioninghub.(*)..").should().beFreeOfCycles();

  /** Within a feature too: its process and web subpackages sit on top of it, never the other way round. */
  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("org.commissioninghub.(**)").should().beFreeOfCycles();

  /** The diagrams call services; services never reach back into the delegates or their listeners. */
  @ArchTest
  static final ArchRule nothingDependsOnAProcessPackageFromOutside =
      noClasses().that().resideOutsideOfPackage("..process..")
          .should().dependOnClassesThat().resideInAPackage("org.commissioninghub..process..");

  @ArchTest
  static final ArchRule nothingDependsOnAWebPackageFromOutside =
      noClasses().that().resideOutsideOfPackage("..web..")
          .should().dependOnClassesThat().resideInAPackage("org.commissioninghub..web..");

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
