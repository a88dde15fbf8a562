package io.statuslint.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps statuslint-core embeddable: JDK and Jackson only, and the model free of rules and engine. */
class LayeringTest {

  private final JavaClasses core = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.statuslint");

  @Test
  void coreDependsOnTheJdkAndJacksonOnly() {
    classes().that().resideInAPackage("io.statuslint..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "io.statuslint..", "java..", "javax.xml..", "com.fasterxml.jackson..")
        .check(core);
  }

  @Test
  void theModelKnowsNothingOfRulesEnginesOrReports() {
    noClasses().that().resideInAPackage("io.statuslint.model..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.statuslint.rule..", "io.statuslint.rules..", "io.statuslint.engine..", "io.statuslint.report..")
        .check(core);
  }

  @Test
  void rulesDoNotReachIntoTheEngineOrReporters() {
    noClasses().that().resideInAPackage("io.statuslint.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("io.statuslint.engine..", "io.statuslint.report..",
            "io.statuslint.traffic..")
        .check(core);
  }
}
