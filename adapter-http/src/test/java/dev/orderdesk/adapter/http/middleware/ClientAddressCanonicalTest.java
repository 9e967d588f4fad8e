package dev.orderdesk.adapter.http.middleware;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressCanonicalTest {

    @Test
    void ipLiteralsCompareInCanonicalFormAndNamesAreNeverResolved() {
        assertThat(ClientAddress.canonical("::1")).isEqualTo(ClientAddress.canonical("0:0:0:0:0:0:0:1"));
        assertThat(ClientAddress.canonical("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(ClientAddress.canonical("proxy.internal")).isEqualTo("proxy.internal");
    }
}
