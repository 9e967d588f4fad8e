package dev.orderdesk.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The command line over the real catalogue on in-memory fakes: exit codes, output and the operator's authority. */
class OrderdeskCliTest {

    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"));
    private MigrationStatus migrations = new MigrationStatus(List.of("001"), List.of());
    private List<String> problems = List.of();
    private RuntimeException migrateFailure;
    private StringWriter out;
    private StringWriter err;

    private final Operations operations = new Operations() {
        @Override
        public void serve() {
            throw new UnsupportedOperationException("not in this test");
        }

        @Override
        public void migrate() {
            if (migrateFailure != null) {
                throw migrateFailure;
            }
        }

        @Override
        public MigrationStatus migrationStatus() {
            return migrations;
        }

        @Override
        public List<String> check() {
            return problems;
        }

        @Override
        public <T> T withUseCases(Function<UseCases, T> work) {
            return work.apply(core.useCases);
        }

        @Override
        public String[] version() {
            return new String[]{"orderdesk 9.9.9 (commit abc)"};
        }
    };

    private int run(Map<String, String> environment, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return OrderdeskCli.run(args, operations, new Terminal(environment, question -> Optional.of("typed-password"),
                new PrintWriter(out), new PrintWriter(err)));
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void createsAnAdminWithThePasswordFromTheEnvironmentAndTellsATakenEmailApart() {
        assertThat(run(Map.of("ADMIN_PASSWORD", "root-password"), "create-admin", "--email", "Root@Example.org",
                "--name", "Root")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Created administrator root@example.org with id ");
        User root = core.users.findByEmail(Email.parse("root@example.org")).orElseThrow();
        assertThat(root.role()).isEqualTo(Role.ADMIN);
        assertThat(core.hasher.matches(PlainPassword.of("root-password"), root.passwordHash())).isTrue();

        assertThat(run(Map.of("ADMIN_PASSWORD", "root-password"), "create-admin", "--email", "ROOT@example.org",
                "--name", "Again")).isEqualTo(73);
        assertThat(err.toString()).contains("EMAIL_TAKEN");
    }

    @Test
    void withoutAdminPasswordThePromptIsAsked() {
        assertThat(run("create-admin", "--email", "root@example.org", "--name", "Root")).isEqualTo(ExitCodes.OK);

        User root = core.users.findByEmail(Email.parse("root@example.org")).orElseThrow();
        assertThat(core.hasher.matches(PlainPassword.of("typed-password"), root.passwordHash())).isTrue();
    }

    @Test
    void invalidOptionsAreNamedTogetherBeforeAnyPasswordIsAskedAndExit65() {
        boolean[] asked = new boolean[1];
        out = new StringWriter();
        err = new StringWriter();
        int status = OrderdeskCli.run(new String[]{"create-admin", "--email", "not-an-email", "--name", " "}, operations,
                new Terminal(Map.of(), question -> {
                    asked[0] = true;
                    return Optional.of("root-password");
                }, new PrintWriter(out), new PrintWriter(err)));

        assertThat(status).isEqualTo(65);
        assertThat(err.toString()).contains("--email: ").contains("--name: ");
        assertThat(asked[0]).isFalse();
    }

    @Test
    void aTooShortPasswordIsNamedWithoutBeingEchoedAndExits65() {
        assertThat(run(Map.of("ADMIN_PASSWORD", "pw-42"), "create-admin", "--email", "root@example.org", "--name", "R"))
                .isEqualTo(65);
        assertThat(err.toString()).contains("password: ").doesNotContain("pw-42");
        assertThat(core.users.findByEmail(Email.parse("root@example.org"))).isEmpty();
    }

    @Test
    void missingOptionsAndUnknownCommandsAreUsageErrors() {
        assertThat(run("create-admin", "--email", "root@example.org")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--name");
        assertThat(run("frobnicate")).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void listsActiveUsersAsTheOperator() {
        User ada = register("ada@example.org");
        register("bob@example.org");

        assertThat(run("users", "list", "--limit", "1")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("id\temail\tname\trole\tactive").contains("bob@example.org")
                .doesNotContain(ada.email().value()).contains("1 of 2 active users");
        assertThat(run("users", "list", "--limit", "0")).isEqualTo(65);
    }

    @Test
    void deactivatesByEmailOrIdAndTheAccessTokenStopsWorking() {
        User ada = register("ada@example.org");
        String token = core.accessTokens.issue(ada.id(), ada.role(), core.clock.instant()).token();

        assertThat(run("users", "deactivate", "ADA@example.org")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("ada@example.org").contains("\tfalse");
        assertThat(core.useCases.auth().authenticate()).satisfies(authenticate ->
                assertThat(catchCode(() -> authenticate.authenticate(token))).isEqualTo("INVALID_TOKEN"));

        assertThat(run("users", "activate", String.valueOf(ada.id().value()))).isEqualTo(ExitCodes.OK);
        assertThat(core.useCases.auth().authenticate().authenticate(token).id()).isEqualTo(ada.id());
    }

    @Test
    void setsRolesAndRefusesUnknownUsersAndRoles() {
        User ada = register("ada@example.org");

        assertThat(run("users", "set-role", "ada@example.org", "admin")).isEqualTo(ExitCodes.OK);
        assertThat(core.users.findById(ada.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(run("users", "set-role", "ada@example.org", "root")).isEqualTo(65);
        assertThat(run("users", "deactivate", "nobody@example.org")).isEqualTo(67);
        assertThat(err.toString()).contains("USER_NOT_FOUND");
        assertThat(run("users", "deactivate", "424242")).isEqualTo(67);
    }

    @Test
    void showsOneUserFoundByEmailOrId() {
        User ada = register("ada@example.org");

        assertThat(run("users", "show", "Ada@Example.org")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).containsExactly("id\temail\tname\trole\tactive",
                ada.id().value() + "\tada@example.org\tSomeone\tuser\ttrue");
        assertThat(run("users", "show", String.valueOf(ada.id().value()))).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("ada@example.org");
        assertThat(run("users", "show", "nobody@example.org")).isEqualTo(67);
    }

    @Test
    void placesAnOrderForAUserRecordedAsTheOperators() {
        User ada = register("ada@example.org");

        assertThat(run("orders", "place", "--for", "ada@example.org", "--currency", "EUR", "--line", "A-1:2:150",
                "--line", "B-2:1:99")).isEqualTo(ExitCodes.OK);

        Order placed = core.orders.list(OrderQuery.all(), 0, 10).get(0);
        assertThat(placed.owner()).isEqualTo(ada.id());
        assertThat(placed.placedBy()).isEqualTo(PlacedBy.operator());
        assertThat(placed.total().minorUnits()).isEqualTo(399);
        assertThat(out.toString().lines()).containsExactly("id\tuser_id\tstatus\tcurrency\ttotal\tplaced_by",
                placed.id().value() + "\t" + ada.id().value() + "\tpending\tEUR\t399\toperator");
    }

    @Test
    void aRetriedPlacementWithItsKeyCreatesNothingNew() {
        User ada = register("ada@example.org");
        String[] place = {"orders", "place", "--for", String.valueOf(ada.id().value()), "--currency", "EUR",
                "--line", "A-1:2:150", "--idempotency-key", "phone-7"};

        assertThat(run(place)).isEqualTo(ExitCodes.OK);
        assertThat(run(place)).isEqualTo(ExitCodes.OK);

        assertThat(out.toString()).contains("Already placed with this idempotency key");
        assertThat(core.orders.count(OrderQuery.all())).isEqualTo(1);
    }

    @Test
    void invalidPlacementsAreNamedTogetherAndUnknownOrDeactivatedOwnersRefused() {
        register("bob@example.org");

        assertThat(run("orders", "place", "--for", "bob@example.org", "--currency", "XYZ", "--line", "A-1:0:1",
                "--line", "nonsense", "--line", "B:x:1")).isEqualTo(65);
        assertThat(err.toString()).contains("--currency", "--line 1", "--line 2", "--line 3", "SKU:QTY:PRICE");
        assertThat(run("orders", "place", "--for", "bob@example.org", "--currency", "EUR")).isEqualTo(ExitCodes.USAGE);
        assertThat(run("orders", "place", "--for", "nobody@example.org", "--currency", "EUR", "--line", "A:1:1"))
                .isEqualTo(67);
        assertThat(run("users", "deactivate", "bob@example.org")).isEqualTo(ExitCodes.OK);
        assertThat(run("orders", "place", "--for", "bob@example.org", "--currency", "EUR", "--line", "A:1:1"))
                .isEqualTo(67);
        assertThat(err.toString()).contains("deactivated", "USER_NOT_FOUND");
        assertThat(core.orders.count(OrderQuery.all())).isZero();
    }

    @Test
    void dbStatusExitsOneWhilePending() {
        assertThat(run("db", "status")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("applied  001").contains("Up to date");

        migrations = new MigrationStatus(List.of("001"), List.of("002"));
        assertThat(run("db", "status")).isEqualTo(ExitCodes.FAILURE);
        assertThat(out.toString()).contains("pending  002");
    }

    @Test
    void checkPrintsOneLinePerProblem() {
        assertThat(run("check")).isEqualTo(ExitCodes.OK);

        problems = List.of("SECRET_KEY: is required in production", "migrations: 1 changesets pending");
        assertThat(run("check")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().lines()).containsExactlyElementsOf(problems);
    }

    @Test
    void operatorFailuresAreOneLineWithTheirExitCode() {
        migrateFailure = OperationFailure.failed("Cannot reach PostgreSQL at 127.0.0.1:1 (database x): refused");

        assertThat(run("migrate")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().lines()).containsExactly("Cannot reach PostgreSQL at 127.0.0.1:1 (database x): refused");

        migrateFailure = OperationFailure.invalidSettings(List.of("PORT: must be an integer", "LOG_LEVEL: must be one of"));
        assertThat(run("migrate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().lines()).containsExactly("Invalid configuration:", "  - PORT: must be an integer",
                "  - LOG_LEVEL: must be one of");
    }

    @Test
    void helpAndVersionOnTheJarAndEveryCommand() {
        assertThat(run("--version")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("orderdesk 9.9.9 (commit abc)");
        assertThat(run("--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("serve", "migrate", "db", "check", "create-admin", "users", "orders");
        for (String[] command : List.of(new String[]{"serve", "--help"}, new String[]{"migrate", "--help"},
                new String[]{"db", "status", "--help"}, new String[]{"check", "--help"},
                new String[]{"create-admin", "--help"}, new String[]{"users", "set-role", "--help"},
                new String[]{"orders", "place", "--help"})) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(ExitCodes.OK);
            assertThat(out.toString()).startsWith("Usage: orderdesk ");
        }
    }

    private User register(String email) {
        return core.useCases.users().register().register(new RegisterUserCommand(Email.parse(email),
                UserName.parse("Someone"), PlainPassword.of("some-password")));
    }

    private static String catchCode(Runnable call) {
        try {
            call.run();
            return "none";
        } catch (dev.orderdesk.domain.DomainException e) {
            return e.code().name();
        }
    }
}
