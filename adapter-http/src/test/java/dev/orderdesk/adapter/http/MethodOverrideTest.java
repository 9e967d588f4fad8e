package dev.orderdesk.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.domain.user.User;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A request is what its request line says: no header or parameter turns a GET into a PATCH. */
class MethodOverrideTest {

    private static final String ME = "/api/v1/users/me";
    private static final String RENAME = "{\"name\":\"Mallory\"}";

    private final ApiFixture fixture = new ApiFixture();
    private final User ada = fixture.user("ada@example.org");
    private final String bearer = fixture.bearer(ada);

    @AfterEach
    void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"})
    void aGetWithAnOverrideHeaderStaysAGet(String header) {
        HttpResponse<String> response = fixture.api.send("GET", ME, "application/json", RENAME,
                "Authorization", bearer, header, "PATCH");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fixture.api.json(response).get("name").asText()).isEqualTo("User");
        assertUnchanged();
    }

    @Test
    void anOverrideHeaderCannotMakeAnAdminsGetDeactivateAUser() {
        User admin = fixture.admin("root@example.org");

        HttpResponse<String> response = fixture.api.send("GET", "/api/v1/users/" + ada.id().value(),
                "application/json", "{\"is_active\":false}",
                "Authorization", fixture.bearer(admin), "X-HTTP-Method-Override", "PATCH");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fixture.users.findById(ada.id())).hasValueSatisfying(user -> assertThat(user.isActive()).isTrue());
    }

    @Test
    void aMethodParameterIsIgnoredInTheQueryAndInAForm() {
        HttpResponse<String> query = fixture.api.send("GET", ME + "?_method=PATCH", "application/json", RENAME,
                "Authorization", bearer);
        HttpResponse<String> form = fixture.api.send("POST", ME, "application/x-www-form-urlencoded",
                "_method=PATCH&name=Mallory", "Authorization", bearer);

        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(form.statusCode()).isEqualTo(405);
        assertUnchanged();
    }

    @Test
    void theRealMethodStillWorks() {
        HttpResponse<String> response = fixture.api.send("PATCH", ME, "application/json", RENAME,
                "Authorization", bearer, "X-HTTP-Method-Override", "GET");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(fixture.api.json(response).get("name").asText()).isEqualTo("Mallory");
    }

    private void assertUnchanged() {
        assertThat(fixture.users.findById(ada.id())).hasValueSatisfying(user ->
                assertThat(user.name().value()).isEqualTo("User"));
    }
}
