package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.policy.LockoutPolicy;
import dev.orderdesk.application.port.out.PasswordHasher;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PasswordHash;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks a user's current password under the lock-out policy: the one place login, password change and any later
 * re-authentication do it. Every check costs exactly one password comparison (against a dummy hash when there is no
 * account or no password), so failures take the same time whatever their cause.
 */
public final class CurrentPasswordCheck {

    private static final PlainPassword NEVER_MATCHES = PlainPassword.of("not the dummy password at all");

    private final PasswordHasher hasher;
    private final LockoutPolicy lockout;
    private final PasswordHash dummyHash;

    /**
     * Creates the check; hashes one dummy password, so it takes as long as one hash.
     *
     * @param hasher  compares passwords with hashes
     * @param lockout the lock-out every check runs under
     */
    public CurrentPasswordCheck(PasswordHasher hasher, LockoutPolicy lockout) {
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.dummyHash = hasher.hash(PlainPassword.of("dummy password for constant-time failures"));
    }

    /**
     * Finds the account and compares the given password with its hash.
     *
     * @param account       the email the caller named, when well-formed; only named accounts are throttled, since
     *                      keying on raw input would let junk strings fill the store
     * @param find          reads the account that may log in (runs after the lock-out check; may use the database)
     * @param password      the password given, when well-formed; absent never matches
     * @param now           when the attempt started, as the lock-out records it
     * @param lockedMessage what a locked-out caller is told (each driving use case words it for its own action)
     * @return the account when the password matched
     * @throws RateLimitedException {@code RATE_LIMITED} while the account is locked out
     * @throws DomainException      from the read or the hasher ({@code SERVICE_UNAVAILABLE}, {@code SERVER_BUSY});
     *                              the attempt then does not count, or a flood of them would lock real users out
     */
    public Optional<User> confirm(Optional<Email> account, Supplier<Optional<User>> find,
                                  Optional<PlainPassword> password, Instant now, String lockedMessage) {
        account.flatMap(email -> lockout.begin(email.value(), now)).ifPresent(wait -> {
            throw new RateLimitedException(lockedMessage, wait);
        });
        Optional<User> user;
        boolean matches;
        try {
            user = find.get();
            PasswordHash hash = user.map(User::passwordHash).orElse(dummyHash);
            matches = hasher.matches(password.orElse(NEVER_MATCHES), hash) && user.isPresent() && password.isPresent();
        } catch (DomainException unchecked) {
            account.ifPresent(email -> lockout.withdraw(email.value(), now));
            throw unchecked;
        }
        if (!matches) {
            return Optional.empty();
        }
        account.ifPresent(email -> lockout.succeeded(email.value()));
        return user;
    }
}
