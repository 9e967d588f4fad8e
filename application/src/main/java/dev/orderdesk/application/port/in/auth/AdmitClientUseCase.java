package dev.orderdesk.application.port.in.auth;

/** Counts one login or registration attempt from a client address against the per-address limit. */
@FunctionalInterface
public interface AdmitClientUseCase {

    /** @throws dev.orderdesk.domain.RateLimitedException when the address has used up its attempts */
    void admit(String clientAddress);
}
