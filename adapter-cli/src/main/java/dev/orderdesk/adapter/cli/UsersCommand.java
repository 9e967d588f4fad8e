package dev.orderdesk.adapter.cli;

import dev.orderdesk.application.UserUseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * User administration as the operator: the same use cases, authorisation and error codes as an administrator over
 * HTTP. A deactivated user's access tokens are refused from their next request, as when deactivated over HTTP.
 */
@Command(name = "users", mixinStandardHelpOptions = true, description = "List, show and administer user accounts.")
final class UsersCommand {

    private static final Caller OPERATOR = Caller.operator();

    private final Operations operations;
    private final Terminal terminal;

    UsersCommand(Operations operations, Terminal terminal) {
        this.operations = operations;
        this.terminal = terminal;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List active users, newest first.")
    int list(@Option(names = "--limit", defaultValue = "100", description = "at most this many (1-1000)") int limit,
             @Option(names = "--offset", defaultValue = "0", description = "skip this many") long offset) {
        Page<User> page = operations.withUseCases(core -> core.users().list().list(OPERATOR,
                FieldViolations.single("--limit/--offset", () -> new PageRequest(offset, limit))));
        terminal.out().println("id\temail\tname\trole\tactive");
        for (User user : page.items()) {
            print(user);
        }
        terminal.out().println(page.items().size() + " of " + page.total() + " active users");
        return ExitCodes.OK;
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one user, found by email or id.")
    int show(@Parameters(paramLabel = "USER", description = "email or id") String user) {
        Inputs.UserRef ref = Inputs.user(user);
        User found = operations.withUseCases(core -> find(core.users(), ref));
        terminal.out().println("id\temail\tname\trole\tactive");
        print(found);
        return ExitCodes.OK;
    }

    @Command(name = "deactivate", mixinStandardHelpOptions = true,
            description = "Deactivate a user: their tokens stop working and they cannot log in.")
    int deactivate(@Parameters(paramLabel = "USER", description = "email or id") String user) {
        return update(user, new AdminUpdateUserCommand(Optional.empty(), Optional.empty(), Optional.of(false)));
    }

    @Command(name = "activate", mixinStandardHelpOptions = true, description = "Activate a user again.")
    int activate(@Parameters(paramLabel = "USER", description = "email or id") String user) {
        return update(user, new AdminUpdateUserCommand(Optional.empty(), Optional.empty(), Optional.of(true)));
    }

    @Command(name = "set-role", mixinStandardHelpOptions = true, description = "Make a user an admin or an ordinary user.")
    int setRole(@Parameters(index = "0", paramLabel = "USER", description = "email or id") String user,
                @Parameters(index = "1", paramLabel = "ROLE", description = "user or admin") String role) {
        Role parsed = FieldViolations.single("ROLE", () -> Role.fromCode(role));
        return update(user, new AdminUpdateUserCommand(Optional.empty(), Optional.of(parsed), Optional.empty()));
    }

    private int update(String user, AdminUpdateUserCommand change) {
        Inputs.UserRef ref = Inputs.user(user);
        User updated = operations.withUseCases(core -> core.users().adminUpdate()
                .update(OPERATOR, find(core.users(), ref).id(), change));
        print(updated);
        return ExitCodes.OK;
    }

    /** The user named by id or email, as the operator sees it; {@code USER_NOT_FOUND} when there is none. */
    static User find(UserUseCases users, Inputs.UserRef ref) {
        if (ref instanceof Inputs.ById byId) {
            return users.get().get(OPERATOR, byId.id());
        }
        return users.findByEmail().find(OPERATOR, ((Inputs.ByEmail) ref).email());
    }

    private void print(User user) {
        terminal.out().println(user.id().value() + "\t" + user.email().value() + "\t" + user.name().value() + "\t"
                + user.role().code() + "\t" + user.isActive());
    }
}
