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

    /**
     * Starts building a catalogue.
     *
     * @return a builder with the default clock and policies and no ports yet
     */
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

        /**
         * Sets the driven ports.
         *
         * @param ports the adapters of every driven port
         * @return this builder
         */
        public Builder ports(DrivenPorts ports) {
            this.ports = Objects.requireNonNull(ports, "ports");
            return this;
        }

        /**
         * Sets the clock, for tests that control time.
         *
         * @param clock the source of every instant the core records or judges by
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the policies' settings.
         *
         * @param policies the lock-out, address limit, idempotency and session settings
         * @return this builder
         */
        public Builder policies(PolicySettings policies) {
            this.policies = Objects.requireNonNull(policies, "policies");
            return this;
        }

        /**
         * Builds every service over the ports; takes as long as one password hash.
         *
         * @return the catalogue
         * @throws IllegalStateException when no ports were given
         */
        public UseCases build() {
            if (ports == null) {
                throw new IllegalStateException("the driven ports are required: call ports(...) before build()");
            }
            return UseCaseFactory.build(ports, policies, clock);
        }
    }
}
