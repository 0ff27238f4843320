package app.orbit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The dependency rule of DESIGN.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.orbit");

    @Test
    void layers_dependOnlyInward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("App").definedBy("app.orbit.app..")
                .layer("Ui").definedBy("app.orbit.ui..")
                .layer("Cli").definedBy("app.orbit.cli..")
                .layer("Exchange").definedBy("app.orbit.exchange..")
                .layer("Store").definedBy("app.orbit.store..")
                .layer("Service").definedBy("app.orbit.service..")
                .layer("Domain").definedBy("app.orbit.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("App", "Ui", "Cli")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Store", "Exchange")
                .check(CLASSES);
    }

    @Test
    void domain_usesNoJavaFxSqlOrJackson() {
        noClasses().that().resideInAPackage("app.orbit.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..",
                        "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void service_usesNoJavaFxNorJdbc() {
        noClasses().that().resideInAPackage("app.orbit.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                        "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void nothingOutsideTheCli_printsToTheConsole() {
        noClasses().that().resideOutsideOfPackage("app.orbit.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
