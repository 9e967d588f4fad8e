package dev.orderdesk.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.fakes.FakePasswordHasher;
import dev.orderdesk.application.fakes.InMemoryUserRepository;
import dev.orderdesk.application.fakes.RecordingTransactionRunner;
import dev.orderdesk.application.service.user.CreateAdminService;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line is a second driving adapter of the same use case, with the same rules. */
class CreateAdminCommandTest {

    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final RecordingTransactionRunner transactions = new RecordingTransactionRunner();
    private final CreateAdminService createAdmin =
            new CreateAdminService(users, new FakePasswordHasher(transactions), transactions, Clock.systemUTC());
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void createsAnAdminWithThePasswordFromTheEnvironment() {
        int status = run(List.of("--email", "Root@Example.org", "--name", "Root"), Map.of("ADMIN_PASSWORD", "root-password"));

        assertThat(status).isZero();
        assertThat(users.findByEmail(Email.parse("root@example.org")).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(text(out)).contains("root@example.org").doesNotContain("root-password");
    }

    @Test
    void refusesATakenEmailAndAnInvalidPasswordWithTheDomainsReasons() {
        run(List.of("--email", "root@example.org", "--name", "Root"), Map.of("ADMIN_PASSWORD", "root-password"));

        assertThat(run(List.of("--email", "ROOT@example.org", "--name", "Again"), Map.of("ADMIN_PASSWORD", "root-password")))
                .isEqualTo(1);
        assertThat(run(List.of("--email", "x@example.org", "--name", "X"), Map.of("ADMIN_PASSWORD", "short"))).isEqualTo(1);
        assertThat(text(err)).contains("already registered").contains("at least 8 characters").doesNotContain("short\n");
    }

    @Test
    void missingOptionsAreAUsageError() {
        assertThat(run(List.of("--email", "root@example.org"), Map.of("ADMIN_PASSWORD", "root-password")))
                .isEqualTo(Main.EXIT_USAGE);
        assertThat(text(err)).contains("Usage");
    }

    private int run(List<String> args, Map<String, String> environment) {
        return CreateAdminCommand.run(args, environment, work -> work.accept(createAdmin),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
