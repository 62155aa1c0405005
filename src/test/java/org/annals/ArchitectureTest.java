package org.annals;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.annals.shared.NoTransaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Layering rules that Spring Modulith cannot state (DESIGN.md §1). */
@AnalyzeClasses(packages = "org.annals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule vaadin_only_in_ui_shell_security_and_the_application = noClasses()
            .that().resideOutsideOfPackages("..ui..", "org.annals.shell..", "org.annals.security..")
            .and().doNotHaveFullyQualifiedName(Application.class.getName())
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule views_see_records_not_entities_or_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
            .orShould().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule services_state_their_access_rule = classes()
            .that().areAnnotatedWith(Service.class)
            .should().beAnnotatedWith(PreAuthorize.class);

    @ArchTest
    static final ArchRule public_service_methods_are_transactional = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
            .and().areDeclaredInClassesThat().areNotAnnotatedWith(org.annals.shared.NoTransaction.class)
            .and().arePublic()
            .should().beAnnotatedWith(Transactional.class);

    /** A module's API is its root package: a public bean there is a door like any service, whatever its stereotype. */
    private static final String MODULE_API = "org.annals.*";

    @ArchTest
    static final ArchRule module_api_beans_state_their_access_rule = classes()
            .that().resideInAPackage(MODULE_API).and().arePublic()
            .and(areServiceOrComponent())
            .should().beAnnotatedWith(PreAuthorize.class);

    /** Each public method states its transaction, unless its bean states (with the reason) that it has none. */
    @ArchTest
    static final ArchRule module_api_bean_methods_state_their_transaction = methods()
            .that().areDeclaredInClassesThat(classIn(MODULE_API))
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat(areServiceOrComponent())
            .and().areDeclaredInClassesThat().areNotAnnotatedWith(NoTransaction.class)
            .and().arePublic().and().areNotStatic()
            .should().beAnnotatedWith(Transactional.class);

    private static DescribedPredicate<JavaClass> areServiceOrComponent() {
        return DescribedPredicate.describe("@Service or @Component beans", type ->
                type.isAnnotatedWith(Service.class) || type.isAnnotatedWith(Component.class));
    }

    private static DescribedPredicate<JavaClass> classIn(String packageIdentifier) {
        return JavaClass.Predicates.resideInAPackage(packageIdentifier);
    }

    @ArchTest
    static final ArchRule no_field_injection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule routes_live_in_ui_packages = classes()
            .that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
            .should().resideInAPackage("..ui..");
}
