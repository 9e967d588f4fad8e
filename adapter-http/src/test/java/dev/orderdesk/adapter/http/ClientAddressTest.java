package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate-limited client is found behind trusted proxies however they write X-Forwarded-For. */
class ClientAddressTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String BODY = "{\"email\":\"ada@example.org\",\"password\":\"ada-password\"}";

    @Test
    void readsEveryForwardedForLineAndMatchesProxiesInAnyIpv4Or6Spelling() {
        try (ApiFixture proxied = new ApiFixture(1024 * 1024, List.of("127.0.0.1", "::1"))) {
            // A forged first line from the client, then the line the trusted proxy added with the real address.
            HttpResponse<String> response = proxied.api.postJson(LOGIN, BODY,
                    "X-Forwarded-For", "198.51.100.77", "X-Forwarded-For", ApiFixture.LIMITED_ADDRESS);

            assertError(response, 429, "RATE_LIMITED");
        }
    }
}
