package org.attache.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The flow runs one way: read, clean, date the document, and on; no stage reaches back, and
 * nothing depends on the command line or the evaluation suites.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // The core test-jar (shared test helpers) is on this module's test class path too.
        .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("test-classes"))
        .importPackages("org.attache");
  }

  @Test
  void stages_dependOnlyOnEarlierStages() {
    // The nlp module sits above core: its benchmark composes the early stages to feed CoreNLP.
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("model").definedBy("org.attache.model..")
        .layer("reference").definedBy("org.attache.reference..")
        .layer("ingest").definedBy("org.attache.ingest..")
        .layer("clean").definedBy("org.attache.clean..")
        .layer("docdate").definedBy("org.attache.docdate..")
        .layer("annotate").definedBy("org.attache.annotate..")
        .layer("nlp").definedBy("org.attache.nlp..")
        .layer("coding").definedBy("org.attache.coding..")
        .layer("resolve").definedBy("org.attache.resolve..")
        .layer("pipeline").definedBy("org.attache.pipeline..")
        .layer("sample").definedBy("org.attache.sample..")
        .layer("format").definedBy("org.attache.format..")
        .layer("merge").definedBy("org.attache.merge..")
        .layer("store").definedBy("org.attache.store..")
        .layer("server").definedBy("org.attache.server..")
        .layer("spark").definedBy("org.attache.spark..")
        .layer("eval").definedBy("org.attache.eval..")
        .layer("cli").definedBy("org.attache.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("eval").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("server").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("spark").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("store").mayOnlyBeAccessedByLayers("server", "cli")
        .whereLayer("merge").mayOnlyBeAccessedByLayers("store", "eval", "cli")
        .whereLayer("format").mayOnlyBeAccessedByLayers("store", "server", "cli")
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("nlp", "spark", "cli", "eval")
        .whereLayer("resolve").mayOnlyBeAccessedByLayers("pipeline", "spark", "cli", "eval")
        .whereLayer("coding").mayOnlyBeAccessedByLayers("resolve", "pipeline", "spark", "cli", "eval")
        .whereLayer("annotate").mayOnlyBeAccessedByLayers("nlp", "coding", "resolve", "pipeline", "spark", "cli", "eval")
        .whereLayer("nlp").mayOnlyBeAccessedByLayers("spark", "cli")
        .whereLayer("docdate").mayOnlyBeAccessedByLayers("nlp", "pipeline", "spark", "cli", "eval")
        .whereLayer("clean").mayOnlyBeAccessedByLayers("nlp", "pipeline", "spark", "cli", "eval")
        .whereLayer("ingest").mayOnlyBeAccessedByLayers("nlp", "pipeline", "spark", "cli", "eval")
        .whereLayer("reference").mayOnlyBeAccessedByLayers("nlp", "docdate", "coding", "resolve", "pipeline", "merge", "spark", "cli",
            "eval")
        .whereLayer("sample").mayOnlyBeAccessedByLayers("nlp", "spark", "cli", "eval")
        .check(classes);
  }

  @Test
  void model_isPureRecordsWithoutLibraries() {
    noClasses().that().resideInAPackage("org.attache.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("org.attache.model..", "java..")
        .check(classes);
  }

  @Test
  void onlyTheNlpModuleTouchesCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.attache.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .check(classes);
  }

  @Test
  void onlyTheStoreTouchesDatabasesAndLucene() {
    noClasses().that().resideOutsideOfPackage("org.attache.store..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.lucene..", "org.duckdb..",
            "org.postgresql..")
        .check(classes);
  }

  @Test
  void onlyTheServerUsesJavalin() {
    noClasses().that().resideOutsideOfPackage("org.attache.server..")
        .should().dependOnClassesThat().resideInAPackage("io.javalin..")
        .check(classes);
  }

  @Test
  void onlySparkModuleAndItsLauncherUseSpark() {
    noClasses().that().resideOutsideOfPackages("org.attache.spark..", "org.attache.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.spark..")
        .check(classes);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses().that().resideOutsideOfPackage("org.attache.cli..")
        .should().dependOnClassesThat().resideInAPackage("picocli..")
        .check(classes);
  }
}
