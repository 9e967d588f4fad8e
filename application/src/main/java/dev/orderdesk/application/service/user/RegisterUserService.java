package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.User;
import java.time.Clock;

/** Registers a user; the store's unique email index, not a prior lookup, decides who wins a race. */
public final class RegisterUserService implements RegisterUserUseCase {

    private final UserRepository users;
    private final PasswordHasher passwordHasher;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users          stores the user
     * @param passwordHasher hashes the password, outside the transaction
     * @param transactions   runs the insert
     * @param clock          the source of the registration instant
     */
    public RegisterUserService(UserRepository users, PasswordHasher passwordHasher,
                               TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.passwordHasher = passwordHasher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public User register(RegisterUserCommand command) {
        // Hash before the transaction: bcrypt is slow and must not hold a database connection.
        PasswordHash hash = passwordHasher.hash(command.password());
        NewUser candidate = NewUser.register(command.email(), command.name(), hash, clock.instant());
        return transactions.inTransaction(() -> users.add(candidate)
                .orElseThrow(() -> new DomainException(ErrorCode.EMAIL_TAKEN, "Email is already registered")));
    }
}
