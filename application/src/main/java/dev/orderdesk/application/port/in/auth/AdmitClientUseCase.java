package dev.orderdesk.application.port.in.auth;

/** Counts one login or registration attempt from a client address against the per-address limit. */
@FunctionalInterface
public interface AdmitClientUseCase {

    /**
     * Counts the attempt, in fixed calendar-minute windows; always admits while the limit is turned off.
     *
     * @param clientAddress the client's address as the adapter sees it (an IP address, say)
     * @throws dev.orderdesk.domain.RateLimitedException {@code RATE_LIMITED} when the address has used up its
     *         attempts, with the wait until the next minute
     */
    void admit(String clientAddress);
}
