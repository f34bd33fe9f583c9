package app.kith.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules that hold the house up (ARCHITECTURE.md), checked on the compiled main classes. */
class ArchitectureTest {

    private static JavaClasses kith;

    @BeforeAll
    static void importClasses() {
        kith = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.kith");
    }

    @Test
    void theCoreKnowsNothingOfScreensOrSql() {
        noClasses().that().resideInAnyPackage("app.kith.domain..", "app.kith.insight..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..")
                .allowEmptyShould(true)
                .check(kith);
    }

    @Test
    void theWindowNeverTouchesSql() {
        noClasses().that().resideInAPackage("app.kith.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "app.kith.store.schema..")
                .allowEmptyShould(true)
                .check(kith);
    }

    @Test
    void storeExchangeAndCommandLineNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage("app.kith.store..", "app.kith.exchange..", "app.kith.cli..",
                        "app.kith.sample..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .allowEmptyShould(true)
                .check(kith);
    }

    @Test
    void onlyTheStoreSeesJooqRecords() {
        noClasses().that().resideOutsideOfPackage("app.kith.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "app.kith.store.schema..")
                .check(kith);
    }

    @Test
    void viewModelsHoldNoSceneGraph() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("javafx.scene..")
                .allowEmptyShould(true)
                .check(kith);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("app.kith.(*)..").should().beFreeOfCycles().check(kith);
    }
}
