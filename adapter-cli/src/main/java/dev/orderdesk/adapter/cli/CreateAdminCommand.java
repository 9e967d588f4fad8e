package dev.orderdesk.adapter.cli;

import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Creates an administrator through the same use case, rules and bounded password hasher as every other adapter. */
@Command(name = "create-admin", mixinStandardHelpOptions = true,
        description = "Create an administrator in a migrated database. The password comes from ADMIN_PASSWORD (the "
                + "environment or .env) when set, else from a prompt without echo, else from the first line of "
                + "standard input.")
final class CreateAdminCommand implements Callable<Integer> {

    @Option(names = "--email", required = true, description = "the administrator's email")
    String email;

    @Option(names = "--name", required = true, description = "the administrator's display name")
    String name;

    private final Operations operations;
    private final Terminal terminal;

    CreateAdminCommand(Operations operations, Terminal terminal) {
        this.operations = operations;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        // The options are checked, all at once, before anyone is asked for a password.
        FieldViolations options = new FieldViolations();
        Optional<Email> parsedEmail = options.field("--email", () -> Email.parse(email));
        Optional<UserName> parsedName = options.field("--name", () -> UserName.parse(name));
        options.throwIfAny();
        String password = Optional.ofNullable(terminal.environment().get("ADMIN_PASSWORD"))
                .or(() -> terminal.prompt().read("Password for the new administrator: "))
                .orElse("");
        RegisterUserCommand command = new RegisterUserCommand(parsedEmail.orElseThrow(), parsedName.orElseThrow(),
                FieldViolations.single("password", () -> PlainPassword.of(password)));
        User created = operations.withUseCases(core -> core.users().createAdmin().create(command));
        terminal.out().println("Created administrator " + created.email().value() + " with id " + created.id().value());
        return ExitCodes.OK;
    }
}
