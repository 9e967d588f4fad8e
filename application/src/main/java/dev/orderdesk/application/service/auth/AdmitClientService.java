package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.port.in.auth.AdmitClientUseCase;
import dev.orderdesk.domain.RateLimitedException;

/** Applies the per-address limit on login and registration attempts. */
public final class AdmitClientService implements AdmitClientUseCase {

    private final AuthServices ports;

    public AdmitClientService(AuthServices ports) {
        this.ports = ports;
    }

    @Override
    public void admit(String clientAddress) {
        ports.addressRateLimit().tryAcquire(clientAddress, ports.clock().instant()).ifPresent(wait -> {
            throw new RateLimitedException("Too many attempts from this address; try again later", wait);
        });
    }
}
