package dev.orderdesk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import dev.orderdesk.adapter.cli.archfixture.CommandBuildingAPolicy;
import dev.orderdesk.adapter.cli.archfixture.first.CycleStart;
import dev.orderdesk.adapter.cli.archfixture.second.CycleEnd;
import dev.orderdesk.adapter.http.HttpApi;
import dev.orderdesk.adapter.http.archfixture.HandlerTouchingRepository;
import dev.orderdesk.adapter.inmemory.archfixture.InMemoryUsingSecurity;
import dev.orderdesk.adapter.persistence.JdbiPersistence;
import dev.orderdesk.adapter.persistence.archfixture.PersistenceUsingHttp;
import dev.orderdesk.adapter.redis.archfixture.RedisUsingPersistence;
import dev.orderdesk.adapter.security.BcryptPasswordHasher;
import dev.orderdesk.application.archfixture.ApplicationClassUsingJdbc;
import dev.orderdesk.application.port.out.archfixture.ConcreteDrivenPort;
import dev.orderdesk.application.port.out.archfixture.DrivenPortUsingDrivingPort;
import dev.orderdesk.application.service.user.GetUserService;
import dev.orderdesk.bootstrap.archfixture.BootstrapBuildingAService;
import dev.orderdesk.bootstrap.archfixture.BootstrapUsingHttpInternals;
import dev.orderdesk.domain.archfixture.DomainClassImportingJavalin;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every rule against the production classes, then proves each rule bites: a fixture that breaks it on
 * purpose must be reported. (Rules that silently check nothing are how boundaries rot.)
 */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // Test-jars (fakes, contracts) are test code too, wherever Maven resolved them from.
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("dev.orderdesk");
        assertThat(production.containPackage("dev.orderdesk.domain.user")).isTrue();
        assertThat(production.containPackage("dev.orderdesk.adapter.http.user")).isTrue();
        // Every adapter must be imported, or the rules about adapters would pass on it vacuously.
        assertThat(production.containPackage("dev.orderdesk.adapter.redis")).isTrue();
        assertThat(production.containPackage("dev.orderdesk.adapter.inmemory")).isTrue();
    }

    static Stream<Arguments> rulesWithTheirBrokenFixtures() {
        return Stream.of(
                Arguments.of("domain", ArchitectureRules.DOMAIN_DEPENDS_ON_JDK_ONLY,
                        new Class<?>[]{DomainClassImportingJavalin.class}),
                Arguments.of("application", ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_ONLY,
                        new Class<?>[]{ApplicationClassUsingJdbc.class}),
                Arguments.of("framework-free core", ArchitectureRules.CORE_IS_FRAMEWORK_FREE,
                        new Class<?>[]{DomainClassImportingJavalin.class}),
                Arguments.of("independent adapters", ArchitectureRules.ADAPTERS_ARE_INDEPENDENT,
                        new Class<?>[]{PersistenceUsingHttp.class, HttpApi.class}),
                Arguments.of("independent adapters (Redis)", ArchitectureRules.ADAPTERS_ARE_INDEPENDENT,
                        new Class<?>[]{RedisUsingPersistence.class, JdbiPersistence.class}),
                Arguments.of("independent adapters (in-memory)", ArchitectureRules.ADAPTERS_ARE_INDEPENDENT,
                        new Class<?>[]{InMemoryUsingSecurity.class, BcryptPasswordHasher.class}),
                Arguments.of("nothing depends on bootstrap", ArchitectureRules.NOTHING_DEPENDS_ON_BOOTSTRAP,
                        new Class<?>[]{HandlerTouchingRepository.class}),
                Arguments.of("HTTP uses the catalogue only", ArchitectureRules.DRIVING_ADAPTERS_USE_THE_CATALOGUE_ONLY,
                        new Class<?>[]{HandlerTouchingRepository.class}),
                Arguments.of("the command line uses the catalogue only",
                        ArchitectureRules.DRIVING_ADAPTERS_USE_THE_CATALOGUE_ONLY,
                        new Class<?>[]{CommandBuildingAPolicy.class}),
                Arguments.of("driven ports are interfaces", ArchitectureRules.DRIVEN_PORTS_ARE_INTERFACES,
                        new Class<?>[]{ConcreteDrivenPort.class}),
                Arguments.of("adapter internals stay inside", ArchitectureRules.ADAPTER_INTERNALS_STAY_INSIDE,
                        new Class<?>[]{BootstrapUsingHttpInternals.class}),
                Arguments.of("driven ports ignore driving ports", ArchitectureRules.DRIVEN_PORTS_IGNORE_DRIVING_PORTS,
                        new Class<?>[]{DrivenPortUsingDrivingPort.class}),
                Arguments.of("services are built by the factory", ArchitectureRules.SERVICES_ARE_BUILT_BY_THE_FACTORY,
                        new Class<?>[]{BootstrapBuildingAService.class, GetUserService.class}),
                Arguments.of("no package cycles", ArchitectureRules.NO_PACKAGE_CYCLES,
                        new Class<?>[]{CycleStart.class, CycleEnd.class}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithTheirBrokenFixtures")
    void productionCodeObeysTheRule(String name, ArchRule rule, Class<?>[] brokenFixture) {
        rule.check(production);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesWithTheirBrokenFixtures")
    void theRuleReportsAFixtureThatBreaksIt(String name, ArchRule rule, Class<?>[] brokenFixture) {
        JavaClasses broken = new ClassFileImporter().importClasses(brokenFixture);

        assertThat(rule.evaluate(broken).hasViolation()).as(rule.getDescription()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void migrationsKnowNothingOfTheService() {
        ArchitectureRules.MIGRATIONS_KNOW_NOTHING_OF_THE_SERVICE.check(production);
    }
}
