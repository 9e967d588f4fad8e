package dev.orderdesk.adapter.http;

import static dev.orderdesk.adapter.http.UserRoutesTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Text arrives exactly or not at all: bodies are UTF-8 only, and nothing is replaced on the way in. */
class JsonBodyStringsTest {

    private static final String USERS = "/api/v1/users";
    private static final String LOGIN = "/api/v1/auth/login";

    private final ApiFixture fixture = new ApiFixture();
    private final RunningApi api = fixture.api;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void bodiesThatAreNotUtf8AreMalformed() {
        for (byte[] bad : List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            assertError(api.postBytes(USERS, user("Ad", bad, "a")), 400, "MALFORMED_JSON");
        }
        byte[] utf16 = "{\"email\":\"ada@example.org\",\"name\":\"Ada\",\"password\":\"correct horse\"}"
                .getBytes(StandardCharsets.UTF_16LE);
        assertError(api.postBytes(USERS, utf16), 400, "MALFORMED_JSON");
        assertThat(fixture.users.countActive()).isZero();
    }

    @Test
    void loneSurrogatesAndNulAreRefusedNamingTheField() {
        JsonNode name = assertError(api.postJson(USERS,
                "{\"email\":\"ada@example.org\",\"name\":\"Ada \\ud800\",\"password\":\"correct horse\"}"),
                422, "VALIDATION_ERROR");
        assertThat(name.get("details")).extracting(d -> d.get("field").asText() + ":" + d.get("type").asText())
                .containsExactly("name:invalid_character");

        JsonNode login = assertError(api.postJson(LOGIN, "{\"email\":\"a\\udc00@example.org\",\"password\":\"pass\\u0000word\"}"),
                422, "VALIDATION_ERROR");
        assertThat(login.get("details")).extracting(d -> d.get("field").asText() + ":" + d.get("type").asText())
                .containsExactlyInAnyOrder("email:invalid_character", "password:invalid_character");
        assertThat(fixture.users.countActive()).isZero();
    }

    @Test
    void surrogatePairsAndAByteOrderMarkAreTakenExactly() {
        HttpResponse<String> escaped = api.postJson(USERS,
                "{\"email\":\"ada@example.org\",\"name\":\"Ada \\ud83d\\ude00\",\"password\":\"correct horse\"}");
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"email\":\"bob@example.org\",\"name\":\"Bob 😀\",\"password\":\"correct horse\"}"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(escaped.statusCode()).as(escaped.body()).isEqualTo(201);
        assertThat(api.json(escaped).get("name").asText()).isEqualTo("Ada 😀");
        HttpResponse<String> bom = api.postBytes(USERS, withBom);
        assertThat(bom.statusCode()).as(bom.body()).isEqualTo(201);
        assertThat(api.json(bom).get("name").asText()).isEqualTo("Bob 😀");
    }

    @Test
    void aFieldNameWithALoneSurrogateIsMalformed() {
        // Jackson refuses a broken surrogate pair in a name itself, so such a name is never echoed in a detail.
        assertError(api.postJson(USERS, "{\"\\ud800\":1}"), 400, "MALFORMED_JSON");
    }

    private static byte[] user(String namePrefix, byte[] bad, String nameSuffix) {
        return concat(("{\"email\":\"ada@example.org\",\"name\":\"" + namePrefix).getBytes(StandardCharsets.UTF_8), bad,
                (nameSuffix + "\",\"password\":\"correct horse\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }
}
