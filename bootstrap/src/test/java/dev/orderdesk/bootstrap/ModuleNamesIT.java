package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Orderdesk jar names its module, so a host application can put it on the module path under a stable name
 * instead of one the JDK derives from the file name. Runs after {@code package}: by then the reactor hands this
 * module the dependencies' jars, where the in-reactor unit tests only see their {@code target/classes}.
 */
class ModuleNamesIT {

    /** One class from every jar Orderdesk publishes as a library, test-jars included; bootstrap's runnable jar is not. */
    private static final String[] A_CLASS_OF_EACH_LIBRARY_JAR = {
            "dev.orderdesk.domain.ErrorCode",
            "dev.orderdesk.application.UseCaseFactory",
            "dev.orderdesk.testkit.contract.UserRepositoryContract",
            "dev.orderdesk.migrations.Migrations",
            "dev.orderdesk.adapter.persistence.JdbiPersistence",
            "dev.orderdesk.adapter.persistence.testfixtures.TestDatabase",
            "dev.orderdesk.adapter.inmemory.InMemoryPorts",
            "dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore",
            "dev.orderdesk.adapter.redis.RedisStores",
            "dev.orderdesk.adapter.redis.testfixtures.TestRedis",
            "dev.orderdesk.adapter.security.BcryptPasswordHasher",
            "dev.orderdesk.adapter.http.HttpApi",
            "dev.orderdesk.adapter.http.testing.TestHttpClient",
            "dev.orderdesk.adapter.cli.OrderdeskCli",
    };

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "dev.orderdesk.domain.ErrorCode,                                  dev.orderdesk.domain",
            "dev.orderdesk.application.UseCaseFactory,                        dev.orderdesk.application",
            "dev.orderdesk.testkit.contract.UserRepositoryContract,           dev.orderdesk.testkit",
            "dev.orderdesk.migrations.Migrations,                             dev.orderdesk.migrations",
            "dev.orderdesk.adapter.persistence.JdbiPersistence,               dev.orderdesk.adapter.persistence",
            "dev.orderdesk.adapter.persistence.testfixtures.TestDatabase,     dev.orderdesk.adapter.persistence.testfixtures",
            "dev.orderdesk.adapter.inmemory.InMemoryPorts,                    dev.orderdesk.adapter.inmemory",
            "dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore,        dev.orderdesk.adapter.inmemory.testfixtures",
            "dev.orderdesk.adapter.redis.RedisStores,                         dev.orderdesk.adapter.redis",
            "dev.orderdesk.adapter.redis.testfixtures.TestRedis,              dev.orderdesk.adapter.redis.testfixtures",
            "dev.orderdesk.adapter.security.BcryptPasswordHasher,             dev.orderdesk.adapter.security",
            "dev.orderdesk.adapter.http.HttpApi,                              dev.orderdesk.adapter.http",
            "dev.orderdesk.adapter.http.testing.TestHttpClient,               dev.orderdesk.adapter.http.testfixtures",
            "dev.orderdesk.adapter.cli.OrderdeskCli,                          dev.orderdesk.adapter.cli",
    })
    void theJarHoldingAClassIsTheNamedModule(String className, String moduleName) throws Exception {
        Path jar = jarOf(Class.forName(className));

        assertThat(moduleNameOf(jar)).as("module name of %s", jar.getFileName()).isEqualTo(moduleName);
    }

    @Test
    void theRunnableJarNamesTheBootstrapModule() throws Exception {
        Path jar = Path.of(System.getProperty("orderdesk.jar"));

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
                    .isEqualTo("dev.orderdesk.bootstrap");
        }
    }

    @Test
    void noTwoOrderdeskJarsShareAModuleName() throws Exception {
        Set<Path> jars = Set.copyOf(jarsHolding(A_CLASS_OF_EACH_LIBRARY_JAR));

        Set<String> names = jars.stream().map(ModuleNamesIT::moduleNameOf).collect(Collectors.toSet());

        assertThat(names).hasSameSizeAs(jars);
    }

    /**
     * A host application puts the libraries on the module path together; resolving them as one configuration fails if
     * two of them hold the same package (a split package), as the testkit's contracts once did with the ports.
     */
    @Test
    void noTwoLibraryJarsShareAPackage() throws Exception {
        List<Path> jars = jarsHolding(A_CLASS_OF_EACH_LIBRARY_JAR);
        ModuleFinder finder = ModuleFinder.of(jars.toArray(Path[]::new));
        Set<String> names = finder.findAll().stream().map(reference -> reference.descriptor().name())
                .collect(Collectors.toSet());

        // Automatic modules read every other module, so the library jars' own dependencies need not be present.
        assertThatCode(() -> Configuration.resolve(finder, List.of(ModuleLayer.boot().configuration()),
                ModuleFinder.of(), names)).doesNotThrowAnyException();
        assertThat(names).hasSameSizeAs(jars);
    }

    /**
     * The application's service tests live in adapter-inmemory's test sources, in the application's packages; its
     * test-jar must leave them out, and ship its fixtures in a package of its own.
     */
    @Test
    void theInMemoryTestJarShipsNothingInTheApplicationsPackages() throws Exception {
        Path testJar = jarOf(Class.forName("dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore"));

        try (JarFile jar = new JarFile(testJar.toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)).as("entries of %s", testJar.getFileName())
                    .contains("dev/orderdesk/adapter/inmemory/testfixtures/InMemoryCore.class")
                    .noneMatch(name -> name.startsWith("dev/orderdesk/application/"));
        }
    }

    /**
     * Each module's own tests share its packages; a test-jar that shipped them would split a package with the main
     * jar, and one that shipped another module's (the application's service tests) would split that one's. Nor may a
     * test-jar ship a test resource such as a {@code logback-test.xml}, which would decide what its users' tests log.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "dev.orderdesk.adapter.persistence.testfixtures.TestDatabase",
            "dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore",
            "dev.orderdesk.adapter.redis.testfixtures.TestRedis",
            "dev.orderdesk.adapter.http.testing.TestHttpClient"})
    void aTestJarShipsOnlyThePackageOfItsFixtures(String fixtureClass) throws Exception {
        Class<?> fixture = Class.forName(fixtureClass);
        String fixturePackage = fixture.getPackageName().replace('.', '/') + "/";
        Path testJar = jarOf(fixture);

        try (JarFile jar = new JarFile(testJar.toFile())) {
            assertThat(jar.stream().map(JarEntry::getName)
                    .filter(name -> !name.endsWith("/") && !name.startsWith("META-INF/")))
                    .as("files in %s", testJar.getFileName())
                    .contains(fixtureClass.replace('.', '/') + ".class")
                    .allMatch(name -> name.startsWith(fixturePackage));
        }
    }

    private static List<Path> jarsHolding(String... classNames) throws Exception {
        List<Path> jars = new ArrayList<>();
        for (String className : classNames) {
            jars.add(jarOf(Class.forName(className)));
        }
        return jars;
    }

    private static Path jarOf(Class<?> type) throws URISyntaxException {
        Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(Files.isRegularFile(location))
                .as("%s should come from a packaged jar, not %s; run this through failsafe after package",
                        type.getName(), location)
                .isTrue();
        return location;
    }

    /** The name the JDK gives the jar on the module path: its Automatic-Module-Name, else one from the file name. */
    private static String moduleNameOf(Path jar) {
        ModuleReference reference = ModuleFinder.of(jar).findAll().iterator().next();
        ModuleDescriptor descriptor = reference.descriptor();
        assertThat(descriptor.isAutomatic()).isTrue();
        return descriptor.name();
    }
}
