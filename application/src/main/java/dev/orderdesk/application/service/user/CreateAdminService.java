package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/** Creates administrators for operators; the same rules as registration, except the role. */
public final class CreateAdminService implements CreateAdminUseCase {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users        stores the administrator
     * @param hasher       hashes the password, outside the transaction
     * @param transactions runs the check and the insert
     * @param clock        the source of the creation instant
     */
    public CreateAdminService(UserRepository users, PasswordHasher hasher, TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User create(RegisterUserCommand command) {
        NewUser admin = candidate(command);
        return transactions.inTransaction(() -> users.add(admin)
                .orElseThrow(() -> new DomainException(ErrorCode.EMAIL_TAKEN, "Email is already registered")));
    }

    @Override
    public Optional<User> createIfNoAdminExists(RegisterUserCommand command) {
        if (transactions.inTransaction(users::anyAdmin)) {
            return Optional.empty();
        }
        NewUser admin = candidate(command);
        // Re-checked inside the transaction; two instances starting together may still both pass, in which case
        // the email's unique index lets only one of them create the account.
        return transactions.inTransaction(() -> users.anyAdmin() ? Optional.<User>empty() : users.add(admin));
    }

    private NewUser candidate(RegisterUserCommand command) {
        PasswordHash hash = hasher.hash(command.password());
        return NewUser.admin(command.email(), command.name(), hash, clock.instant());
    }
}
