package dev.orderdesk.bootstrap;

import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code create-admin --email E --name N}: the password comes from {@code ADMIN_PASSWORD} when set (automation),
 * else from the terminal without echo, else from the first line of standard input. Uses the same use case and
 * rules as every other driving adapter.
 */
final class CreateAdminCommand {

    private CreateAdminCommand() {
    }

    /** @return the process exit status */
    static int run(List<String> args, Map<String, String> environment, CreateAdminUseCaseRunner runner, PrintStream out,
                   PrintStream err) {
        String email = option(args, "--email");
        String name = option(args, "--name");
        if (email == null || name == null) {
            err.println("Usage: orderdesk create-admin --email EMAIL --name NAME   (password from ADMIN_PASSWORD or stdin)");
            return Main.EXIT_USAGE;
        }
        String password = environment.get("ADMIN_PASSWORD");
        if (password == null) {
            password = readPassword();
        }
        try {
            RegisterUserCommand command = new RegisterUserCommand(Email.parse(email), UserName.parse(name),
                    PlainPassword.of(password));
            User[] created = new User[1];
            runner.run(createAdmin -> created[0] = createAdmin.create(command));
            out.println("Created administrator " + created[0].email().value() + " with id " + created[0].id().value());
            return 0;
        } catch (DomainException e) {
            err.println("Cannot create the administrator: " + e.getMessage()
                    + e.violations().stream().map(v -> " " + v.message()).reduce("", String::concat));
            return 1;
        }
    }

    /** Lets tests and {@link Main} decide where the use case comes from. */
    @FunctionalInterface
    interface CreateAdminUseCaseRunner {
        void run(Consumer<CreateAdminUseCase> work);
    }

    private static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }

    private static String readPassword() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("Password for the new administrator: ");
            return typed == null ? null : new String(typed);
        }
        try {
            return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
