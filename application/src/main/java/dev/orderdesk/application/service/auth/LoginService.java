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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
        String throttleKey = command.email() == null ? "" : command.email().strip().toLowerCase(Locale.ROOT);
        ports.loginThrottle().lockedFor(throttleKey, now).ifPresent(wait -> {
            throw new RateLimitedException("Too many failed logins for this account; try again later", wait);
        });
        Optional<User> user = findUser(command.email());
        if (!passwordMatches(user, command.password()) || !user.get().isActive()) {
            ports.loginThrottle().recordFailure(throttleKey, now);
            throw new DomainException(ErrorCode.INVALID_CREDENTIALS, FAILURE);
        }
        ports.loginThrottle().reset(throttleKey);
        return ports.transactions().inTransaction(() -> issuer.issue(user.get(), UUID.randomUUID(), now));
    }

    private Optional<User> findUser(String rawEmail) {
        Optional<Email> email = parse(() -> Email.parse(rawEmail));
        return email.flatMap(e -> ports.transactions().inTransaction(() -> ports.users().findByEmail(e)));
    }

    /** Always exactly one bcrypt comparison, whether or not the user and password are well-formed. */
    private boolean passwordMatches(Optional<User> user, String rawPassword) {
        Optional<PlainPassword> password = parse(() -> PlainPassword.of(rawPassword));
        PlainPassword candidate = password.orElseGet(() -> PlainPassword.of("not the dummy password at all"));
        PasswordHash hash = user.map(User::passwordHash).orElse(dummyHash);
        boolean matches = ports.hasher().matches(candidate, hash);
        return matches && user.isPresent() && password.isPresent();
    }

    private static <T> Optional<T> parse(java.util.function.Supplier<T> parser) {
        try {
            return Optional.of(parser.get());
        } catch (DomainException invalid) {
            return Optional.empty();
        }
    }
}
