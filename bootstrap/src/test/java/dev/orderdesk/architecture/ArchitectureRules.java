package dev.orderdesk.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/** The layer boundaries of Orderdesk, as named rules. Allow-lists where possible. */
final class ArchitectureRules {

    private static final String[] FRAMEWORKS = {
            "io.javalin..", "org.eclipse.jetty..", "com.fasterxml..", "tools.jackson..", "org.jdbi..", "java.sql..",
            "javax.sql..", "com.zaxxer..", "org.postgresql..", "com.auth0..", "at.favre..", "liquibase..",
            "org.slf4j..", "jakarta..", "javax..",
            "redis.clients..", "org.apache.commons.pool2.."};

    static final ArchRule DOMAIN_DEPENDS_ON_JDK_ONLY = classes()
            .that().resideInAPackage("dev.orderdesk.domain..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("dev.orderdesk.domain..", "java..")
                    .and(not(resideInAPackage("java.sql.."))))
            .as("the domain depends on nothing outside java.. (and not java.sql)");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_ONLY = classes()
            .that().resideInAPackage("dev.orderdesk.application..")
            .should().onlyDependOnClassesThat(
                    resideInAnyPackage("dev.orderdesk.application..", "dev.orderdesk.domain..", "java..")
                            .and(not(resideInAPackage("java.sql.."))))
            .as("the application depends only on the domain and java.. (not java.sql)");

    static final ArchRule CORE_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAnyPackage("dev.orderdesk.domain..", "dev.orderdesk.application..")
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .as("no Javalin, Jackson, JDBI, SQL, Redis, JWT, bcrypt or logging type appears in domain or application");

    static final ArchRule ADAPTERS_ARE_INDEPENDENT = slices()
            .matching("dev.orderdesk.adapter.(*)..")
            .should().notDependOnEachOther()
            .as("no adapter depends on another adapter");

    static final ArchRule MIGRATIONS_KNOW_NOTHING_OF_THE_SERVICE = noClasses()
            .that().resideInAPackage("dev.orderdesk.migrations..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.orderdesk.domain..", "dev.orderdesk.application..",
                    "dev.orderdesk.adapter..", "dev.orderdesk.bootstrap..")
            .as("migrations know nothing of the other modules");

    static final ArchRule NOTHING_DEPENDS_ON_BOOTSTRAP = noClasses()
            .that().resideOutsideOfPackage("dev.orderdesk.bootstrap..")
            .should().dependOnClassesThat().resideInAPackage("dev.orderdesk.bootstrap..")
            .as("nothing depends on bootstrap");

    static final ArchRule DRIVING_ADAPTERS_USE_THE_CATALOGUE_ONLY = noClasses()
            .that().resideInAnyPackage("dev.orderdesk.adapter.http..", "dev.orderdesk.adapter.cli..")
            .should().dependOnClassesThat(resideInAPackage("dev.orderdesk.application..")
                    .and(not(resideInAPackage("dev.orderdesk.application.port.in..")))
                    .and(not(simpleNameEndingWith("UseCases"))))
            .as("driving adapters (HTTP, command line) use the catalogue and driving ports only: never driven ports, "
                    + "policies, services or the factory");

    static final ArchRule DRIVEN_PORTS_ARE_INTERFACES = classes()
            .that().resideInAPackage("dev.orderdesk.application.port.out..")
            .and().doNotHaveSimpleName("package-info")
            .and().areNotEnums()
            .and(not(assignableTo(Record.class)))
            .should().beInterfaces()
            .as("driven ports are interfaces in application.port.out (the values they exchange aside)");

    static final ArchRule ADAPTER_INTERNALS_STAY_INSIDE = noClasses()
            .that().resideOutsideOfPackage("dev.orderdesk.adapter.http..")
            .should().dependOnClassesThat().resideInAPackage("dev.orderdesk.adapter.http.*..")
            .as("only the HTTP adapter's entry package is used from outside it");

    static final ArchRule DRIVEN_PORTS_IGNORE_DRIVING_PORTS = noClasses()
            .that().resideInAPackage("dev.orderdesk.application.port.out..")
            .should().dependOnClassesThat().resideInAPackage("dev.orderdesk.application.port.in..")
            .as("driven ports (port.out) use nothing from the driving ports (port.in)");

    static final ArchRule SERVICES_ARE_BUILT_BY_THE_FACTORY = constructors()
            .that().areDeclaredInClassesThat().resideInAPackage("dev.orderdesk.application.service..")
            .should().onlyBeCalled().byClassesThat()
            .resideInAnyPackage("dev.orderdesk.application", "dev.orderdesk.application.service..")
            .as("services are constructed only by the application's factory (and each other), never by an adapter");

    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("dev.orderdesk.(**)")
            .should().beFreeOfCycles()
            .as("no package cycle in any module");

    private ArchitectureRules() {
    }
}
