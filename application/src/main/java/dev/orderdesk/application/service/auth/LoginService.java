package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.LoginCommand;
import dev.orderdesk.application.port.in.auth.LoginUseCase;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Logs a user in. Every failure looks the same and costs the same: an unknown or malformed email still pays one
 * bcrypt comparison against a dummy hash, so timing does not reveal which emails exist.
 */
public final class LoginService implements LoginUseCase {

    private static final String FAILURE = "Incorrect email or password";

    private final AuthServices ports;
    private final TokenPairIssuer issuer;
    private final PasswordHash dummyHash;

    public LoginService(AuthServices ports) {
        this.ports = ports;
        this.issuer = ports.issuer();
        this.dummyHash = ports.hasher().hash(PlainPassword.of("dummy password for constant-time failures"));
    }

    @Override
    public TokenPair login(LoginCommand command) {
        Instant now = ports.clock().instant();
        Optional<Email> email = parse(() -> Email.parse(command.email()));
        // Only well-formed emails are throttled: a malformed one names no account, and keying on raw input would
        // let junk strings fill memory.
        email.flatMap(e -> ports.loginThrottle().attempt(e.value(), now)).ifPresent(wait -> {
            throw new RateLimitedException("Too many failed logins for this account; try again later", wait);
        });
        Optional<User> user;
        boolean matches;
        try {
            user = email.flatMap(e -> ports.transactions().inTransaction(() -> ports.users().findByEmail(e)));
            matches = passwordMatches(user, command.password());
        } catch (DomainException unchecked) {
            // No password was checked (hashing busy, database down): the attempt does not count towards a lockout,
            // or a flood of such failures would lock real users out.
            email.ifPresent(e -> ports.loginThrottle().withdraw(e.value(), now));
            throw unchecked;
        }
        if (!matches || !user.get().isActive()) {
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS, FAILURE);
        }
        ports.loginThrottle().reset(email.get().value());
        return ports.transactions().inTransaction(() -> issuer.issue(user.get(), UUID.randomUUID(), now));
    }

    /** Always exactly one bcrypt comparison, whether or not the user and password are well-formed. */
    private boolean passwordMatches(Optional<User> user, String rawPassword) {
        Optional<PlainPassword> password = parse(() -> PlainPassword.of(rawPassword));
        PlainPassword candidate = password.orElseGet(() -> PlainPassword.of("not the dummy password at all"));
        PasswordHash hash = user.map(User::passwordHash).orElse(dummyHash);
        boolean matches = ports.hasher().matches(candidate, hash);
        return matches && user.isPresent() && password.isPresent();
    }

    private static <T> Optional<T> parse(Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }
}
