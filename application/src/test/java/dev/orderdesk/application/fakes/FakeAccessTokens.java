package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.AccessTokens;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Readable tokens ({@code access:<id>:<role>:<expiry seconds>}) that expire by the given clock time. */
public final class FakeAccessTokens implements AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(30);

    private final Clock clock;

    public FakeAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Issued issue(UserId user, Role role, Instant now) {
        return new Issued("access:" + user.value() + ":" + role.code() + ":" + now.plus(LIFETIME).getEpochSecond(),
                LIFETIME);
    }

    @Override
    public Claims verify(String token) {
        Instant now = clock.instant();
        String[] parts = token == null ? new String[0] : token.split(":");
        if (parts.length != 4 || !parts[0].equals("access")) {
            throw invalid();
        }
        try {
            if (now.getEpochSecond() >= Long.parseLong(parts[3])) {
                throw invalid();
            }
            return new Claims(UserId.of(Long.parseLong(parts[1])), Role.fromCode(parts[2]));
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.INVALID_TOKEN, "Access token is invalid or expired");
    }
}
