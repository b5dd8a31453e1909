package dev.gal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.gal.aws.ImportDiagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of the design: dependencies point inward, and only cli prints or exits. */
class ArchitectureTest {
  private static JavaClasses main;

  @BeforeAll
  static void importClasses() {
    main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.gal");
  }

  @Test
  void rulesSeeOnlyTheRuleApiAndTheModel() {
    classes().that().resideInAPackage("dev.gal.builtin..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gal.builtin..", "dev.gal.rule..", "dev.gal.model..",
            "java..", "com.fasterxml.jackson.databind..")
        .check(main);
  }

  @Test
  void fixesAreMadeFromTheModelAndTheRuleApiAlone() {
    classes().that().resideInAPackage("dev.gal.fix..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("dev.gal.fix..", "dev.gal.rule..", "dev.gal.model..",
            "java..", "com.fasterxml.jackson..")
        .check(main);
  }

  @Test
  void nothingDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("dev.gal.cli..")
        .should().dependOnClassesThat().resideInAPackage("dev.gal.cli..")
        .check(main);
  }

  /** The server is not a second copy of gal lint: loading, lint configs and suppressions are the session's business. */
  @Test
  void theLanguageServerLintsThroughTheEngineSession() {
    noClasses().that().resideInAPackage("dev.gal.lsp..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.gal.load..", "dev.gal.config..", "dev.gal.suppress..",
            "dev.gal.report..")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.gal.engine.LintEngine")
        .check(main);
  }

  /**
   * The engine runs the generated document's stage as one it is handed: generating the document, mapping its
   * findings back and the export's timeout bound live with export. gal import's diagnostic is the one thing of the
   * export package it knows, as metadata for gal rules, like every stage's diagnostics.
   */
  @Test
  void theEngineKnowsNothingOfExport() {
    noClasses().that().resideInAPackage("dev.gal.engine..")
        .should().dependOnClassesThat(resideInAPackage("dev.gal.aws..").and(not(equivalentTo(ImportDiagnostics.class))))
        .check(main);
  }

  @Test
  void theModelDependsOnNoOtherLayer() {
    noClasses().that().resideInAPackage("dev.gal.model..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.gal.load..", "dev.gal.schema..", "dev.gal.engine..",
            "dev.gal.report..", "dev.gal.builtin..", "dev.gal.rule..", "dev.gal.cli..")
        .check(main);
  }

  @Test
  void onlyTheCliPrintsOrExits() {
    noClasses().that().resideOutsideOfPackage("dev.gal.cli..")
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethod(System.class, "exit", int.class)
        .check(main);
  }

  @Test
  void stagesDoNotDependOnReporting() {
    noClasses().that().resideInAnyPackage("dev.gal.load..", "dev.gal.schema..", "dev.gal.engine..", "dev.gal.rule..")
        .should().dependOnClassesThat().resideInAPackage("dev.gal.report..")
        .check(main);
  }
}
