package com.battlescope.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;

import com.battlescope.data.DataAccessException;
import com.battlescope.Launcher;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Layer rules over the compiled main classes (imported from their folder: scanning the whole classpath is slow). */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        Path root = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        classes = new ClassFileImporter().importPath(root);
    }

    @Test
    void coreHasNoJavaFx() {
        coreHasNoJavaFx.check(classes);
    }

    @Test
    void analyticsIsPure() {
        analyticsIsPure.check(classes);
    }

    @Test
    void layersAreRespected() {
        layers.check(classes);
    }

    @Test
    void onlyCliPrints() {
        onlyCliPrints.check(classes);
    }

    @Test
    void modelDependsOnNothingOfOurs() {
        modelDependsOnNothingOfOurs.check(classes);
    }

    @Test
    void onlyCliAndLauncherWriteToStandardError() {
        onlyCliAndLauncherWriteToStandardError.check(classes);
    }

    @Test
    void jdbcOnlyInData() {
        jdbcOnlyInData.check(classes);
    }

    static final ArchRule jdbcOnlyInData = noClasses()
            .that().resideOutsideOfPackage("com.battlescope.data..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .because("SQL, connections and driver errors have one home: the data layer words driver errors for the"
                    + " user (DataErrors) and binds every value; services keep plans, checks and messages");

    static final ArchRule coreHasNoJavaFx = noClasses()
            .that().resideInAnyPackage("..model..", "..data..", "..analytics..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.fair_acc..", "org.controlsfx..",
                    "atlantafx..")
            .because("the core must run headless and be testable without a toolkit");

    static final ArchRule analyticsIsPure = noClasses()
            .that().resideInAPackage("..analytics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.ibatis..", "java.sql..",
                    "com.battlescope.data..", "com.battlescope.service..")
            .allowEmptyShould(true)
            .because("analytics are pure functions over model records");

    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("com.battlescope.model..")
            .layer("Data").definedBy("com.battlescope.data..")
            .layer("Analytics").definedBy("com.battlescope.analytics..")
            .layer("Service").definedBy("com.battlescope.service..")
            .layer("Ui").definedBy("com.battlescope.ui..")
            .layer("Cli").definedBy("com.battlescope.cli..")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Service")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .withOptionalLayers(true)
            .ignoreDependency(alwaysTrue(), equivalentTo(DataAccessException.class))
            .because("the UI and the CLI are thin shells over the same services; only services use mappers");

    static final ArchRule modelDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("com.battlescope.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.battlescope.data..", "com.battlescope.analytics..",
                    "com.battlescope.service..", "com.battlescope.ui..", "com.battlescope.cli..")
            .because("the records are the shared language of every layer: they must compile on their own");

    static final ArchRule onlyCliAndLauncherWriteToStandardError = noClasses()
            .that().resideOutsideOfPackage("com.battlescope.cli..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().accessField(System.class, "err")
            .because("warnings reach the user through the status bar or the command's one-line message, never a"
                    + " stray console line; only the command line and the launcher own stderr");

    static final ArchRule onlyCliPrints = noClasses()
            .that().resideOutsideOfPackage("com.battlescope.cli..")
            .should().accessField(System.class, "out")
            .because("stdout carries only command results");
}
