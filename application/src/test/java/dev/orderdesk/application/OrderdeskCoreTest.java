package dev.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The facade's own rules; adapter-inmemory's tests build the whole core through it. */
class OrderdeskCoreTest {

    @Test
    void refusesToBuildWithoutPortsAndToTakeANullSetting() {
        assertThatThrownBy(() -> OrderdeskCore.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ports(");
        assertThatThrownBy(() -> OrderdeskCore.builder().clock(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OrderdeskCore.builder().policies(null)).isInstanceOf(NullPointerException.class);
    }
}
