package dev.orderdesk.application;

import dev.orderdesk.application.policy.PolicySettings;
import java.time.Clock;
import java.util.Objects;

/**
 * The front door for teams wiring Orderdesk's core into their own application: driven ports in, the catalogue out.
 * <pre>{@code
 * UseCases core = OrderdeskCore.builder().ports(ports).build();
 * UseCases tuned = OrderdeskCore.builder().ports(ports).clock(clock).policies(policies).build();
 * }</pre>
 * The clock defaults to {@link Clock#systemUTC()} and the policies to {@link PolicySettings#DEFAULTS}, what the
 * service itself runs with. It builds through {@link UseCaseFactory}, so building hashes one dummy password.
 */
public final class OrderdeskCore {

    private OrderdeskCore() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the ports (required), the clock and the policies' settings; {@link #build()} may be called again. */
    public static final class Builder {

        private DrivenPorts ports;
        private Clock clock = Clock.systemUTC();
        private PolicySettings policies = PolicySettings.DEFAULTS;

        private Builder() {
        }

        public Builder ports(DrivenPorts ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder policies(PolicySettings policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /** @throws IllegalStateException when no ports were given */
        public UseCases build() {
            if (ports == null) {
                throw new IllegalStateException("the driven ports are required: call ports(...) before build()");
            }
            return UseCaseFactory.build(ports, policies, clock);
        }
    }
}
