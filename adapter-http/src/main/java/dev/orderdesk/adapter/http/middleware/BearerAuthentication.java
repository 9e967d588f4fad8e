package dev.orderdesk.adapter.http.middleware;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.auth.AuthenticateUseCase;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code Authorization: Bearer <token>} and asks the authentication use case who the caller is. */
public final class BearerAuthentication {

    private static final String CALLER = "orderdesk.caller";
    private static final String PREFIX = "bearer ";

    private final AuthenticateUseCase authenticate;

    public BearerAuthentication(AuthenticateUseCase authenticate) {
        this.authenticate = authenticate;
    }

    /**
     * @throws DomainException {@code NOT_AUTHENTICATED} without the header, {@code INVALID_TOKEN} for anything else
     *         that is not a valid bearer token
     */
    public Caller require(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw new DomainException(ErrorCode.NOT_AUTHENTICATED, "Authentication required");
        }
        if (!header.toLowerCase(Locale.ROOT).startsWith(PREFIX) || header.length() == PREFIX.length()) {
            throw new DomainException(ErrorCode.INVALID_TOKEN, "Authorization header must be 'Bearer <token>'");
        }
        Caller caller = authenticate.authenticate(header.substring(PREFIX.length()).strip());
        ctx.attribute(CALLER, caller);
        return caller;
    }

    /** The caller authenticated on this request, if any (for request logs). */
    public static Optional<Caller> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(CALLER));
    }
}
