package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.LoginCommand;
import dev.orderdesk.application.port.in.auth.LoginUseCase;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Logs a user in. Every failure looks the same and costs the same: an unknown, inactive or malformed account still
 * pays one password comparison, so timing does not reveal which emails exist. The account is read in autocommit and
 * the tokens are issued in a short transaction afterwards; the slow comparison between them holds no connection.
 */
public final class LoginService implements LoginUseCase {

    private final UserRepository users;
    private final CurrentPasswordCheck passwordCheck;
    private final TokenPairIssuer issuer;
    private final TransactionRunner transactions;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param users         reads the account by email
     * @param passwordCheck checks the password under the lock-out
     * @param issuer        issues the tokens of the new family
     * @param transactions  runs the read and the issue
     * @param clock         the source of the login's instant
     */
    public LoginService(UserRepository users, CurrentPasswordCheck passwordCheck, TokenPairIssuer issuer,
                        TransactionRunner transactions, Clock clock) {
        this.users = users;
        this.passwordCheck = passwordCheck;
        this.issuer = issuer;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TokenPair login(LoginCommand command) {
        Instant now = clock.instant();
        Optional<Email> email = parse(() -> Email.parse(command.email()));
        User user = passwordCheck.confirm(email, () -> email.flatMap(this::activeUser),
                        parse(() -> PlainPassword.of(command.password())), now,
                        "Too many failed logins for this account; try again later")
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_CREDENTIALS, "Incorrect email or password"));
        return transactions.inTransaction(() -> issuer.issue(user, UUID.randomUUID(), now));
    }

    private Optional<User> activeUser(Email email) {
        return transactions.singleStatement(() -> users.findByEmail(email)).filter(User::isActive);
    }

    private static <T> Optional<T> parse(Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }
}
