package dev.orderdesk.application.service.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.application.port.in.health.Readiness;
import dev.orderdesk.application.port.out.HealthProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckReadinessServiceTest {

    @Test
    void readyOnlyWhenEveryProbeIsUpAndAThrowingProbeCountsAsDown() {
        Readiness readiness = new CheckReadinessService(List.of(probe("database", true), new HealthProbe() {
            @Override
            public String name() {
                return "cache";
            }

            @Override
            public boolean isUp() {
                throw new IllegalStateException("connection refused");
            }
        })).check();

        assertThat(readiness.checks()).isEqualTo(Map.of("database", true, "cache", false));
        assertThat(readiness.isReady()).isFalse();
        assertThat(new CheckReadinessService(List.of(probe("database", true))).check().isReady()).isTrue();
    }

    private static HealthProbe probe(String name, boolean up) {
        return new HealthProbe() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return up;
            }
        };
    }
}
