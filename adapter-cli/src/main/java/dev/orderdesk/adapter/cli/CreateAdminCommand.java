package dev.orderdesk.adapter.cli;

import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.Violation;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import java.util.ArrayList;
import java.util.List;
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
        List<Violation> invalid = new ArrayList<>();
        Optional<Email> parsedEmail = Inputs.collect("--email", () -> Email.parse(email), invalid);
        Optional<UserName> parsedName = Inputs.collect("--name", () -> UserName.parse(name), invalid);
        if (!invalid.isEmpty()) {
            throw DomainException.invalid(invalid);
        }
        String password = Optional.ofNullable(terminal.environment().get("ADMIN_PASSWORD"))
                .or(() -> terminal.prompt().read("Password for the new administrator: "))
                .orElse("");
        RegisterUserCommand command = new RegisterUserCommand(parsedEmail.orElseThrow(), parsedName.orElseThrow(),
                Inputs.parse("password", () -> PlainPassword.of(password)));
        User created = operations.withUseCases(core -> core.users().createAdmin().create(command));
        terminal.out().println("Created administrator " + created.email().value() + " with id " + created.id().value());
        return ExitCodes.OK;
    }
}
