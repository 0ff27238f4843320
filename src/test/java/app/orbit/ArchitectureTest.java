package app.orbit;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import app.orbit.service.Messages;
import app.orbit.service.PlanWording;
import app.orbit.ui.UiServiceAccess;
import app.orbit.ui.ViewEdits;
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

    /**
     * A use case of the service or exchange layer: any class there but plain data (records,
     * enums, exceptions) and the wording (Messages, PlanWording), which read no store.
     */
    private static final DescribedPredicate<JavaClass> A_SERVICE = new DescribedPredicate<>(
            "a service (a class of app.orbit.service or app.orbit.exchange other than a record, an enum, "
                    + "an exception, Messages or PlanWording)") {
        @Override
        public boolean test(JavaClass c) {
            String pkg = c.getPackageName();
            if (!pkg.startsWith("app.orbit.service") && !pkg.startsWith("app.orbit.exchange")) {
                return false;
            }
            return !c.isRecord() && !c.isEnum() && !c.isAssignableTo(Throwable.class)
                    && !c.isEquivalentTo(Messages.class) && !c.isEquivalentTo(PlanWording.class);
        }
    };

    /** A view model (or a class nested in one), or a class that says why it may call services. */
    private static final DescribedPredicate<JavaClass> A_VIEW_MODEL_OR_A_NAMED_EXCEPTION = new DescribedPredicate<>(
            "a view model or annotated with @UiServiceAccess") {
        @Override
        public boolean test(JavaClass c) {
            JavaClass top = c;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return top.getSimpleName().endsWith("ViewModel") || top.isAnnotatedWith(UiServiceAccess.class);
        }
    };

    @Test
    void ui_onlyViewModelsCallServices() {
        noClasses().that().resideInAPackage("app.orbit.ui..")
                .and(DescribedPredicate.not(A_VIEW_MODEL_OR_A_NAMED_EXCEPTION))
                .should().dependOnClassesThat(A_SERVICE)
                .because("a view talks to its view model, and the composition root builds view models "
                        + "(an exception carries @UiServiceAccess with its reason)")
                .check(CLASSES);
    }

    @Test
    void ui_viewModelsExposeReadOnlyWhatViewsOnlyRead() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().areDeclaredInClassesThat()
                .haveSimpleNameEndingWith("ViewModel").and().areNotPrivate()
                .and().haveRawReturnType(JavaClass.Predicates.assignableTo(javafx.beans.property.Property.class))
                .should().beAnnotatedWith(ViewEdits.class)
                .because("a view model hands its view read-only properties (ReadOnly*Property) for what the view "
                        + "shows, and writable ones only where the view edits them (marked @ViewEdits)")
                .check(CLASSES);
    }
}
