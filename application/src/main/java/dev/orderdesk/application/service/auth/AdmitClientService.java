package dev.orderdesk.application.service.auth;

import dev.orderdesk.application.policy.AddressLimitPolicy;
import dev.orderdesk.application.port.in.auth.AdmitClientUseCase;
import dev.orderdesk.domain.RateLimitedException;
import java.time.Clock;

/** Applies the per-address limit on login and registration attempts. */
public final class AdmitClientService implements AdmitClientUseCase {

    private final AddressLimitPolicy addressLimit;
    private final Clock clock;

    /**
     * Creates the service.
     *
     * @param addressLimit the per-address limit
     * @param clock        the source of the attempt's instant
     */
    public AdmitClientService(AddressLimitPolicy addressLimit, Clock clock) {
        this.addressLimit = addressLimit;
        this.clock = clock;
    }

    @Override
    public void admit(String clientAddress) {
        addressLimit.admit(clientAddress, clock.instant()).ifPresent(wait -> {
            throw new RateLimitedException("Too many attempts from this address; try again later", wait);
        });
    }
}
