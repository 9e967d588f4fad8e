package dev.orderdesk.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Requests generated from the OpenAPI document: for a random operation, either a request the document allows or one
 * broken in a single way (its body, content type, parameters, token, path or method). What earlier responses
 * returned (ids, refresh tokens, cursors) feeds later requests, so valid requests reach the deep paths too.
 */
final class FuzzRequests {

    record Operation(String method, String template, JsonNode node) {
        String name() {
            return node.path("operationId").asText(method + " " + template);
        }

        boolean secured() {
            return !node.has("security") || !node.get("security").isEmpty();
        }
    }

    /** {@code target} names the operation, or says the request was sent with another method or to no path. */
    record Request(Operation operation, String target, String method, String path, String contentType, String body,
                   List<String> headers) {
    }

    /** Who the fuzz acts as: a user and an admin whose ids it never hands to the user-admin endpoints. */
    record Actors(String userBearer, String userEmail, String password, String adminBearer, ForgedTokens forged) {
    }

    /** Path segments, already percent-encoded: some are odd numbers, some odd bytes. */
    private static final List<String> STRANGE_SEGMENTS = List.of(
            "0", "-5", "abc", "99999999999999999999", "1.5", "1e3", "%20", "%25", "%C3%A9", "%2F", "%00", "..",
            "null", "0x10", "9223372036854775807", "x".repeat(3_000));
    private static final List<String> STRANGE_CONTENT_TYPES = List.of(
            "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/octet-stream",
            "application/json; charset=iso-8859-1", "application/jsonx", "*/*", "application/x-www-form-urlencoded");

    private static final List<String> OVERRIDE_HEADERS = List.of(
            "X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final JsonNode document;
    private final Random random;
    private final SchemaValues values;
    private final Actors actors;
    private final List<Operation> operations = new ArrayList<>();
    private final List<Long> orderIds = new ArrayList<>();
    private final List<Long> userIds = new ArrayList<>();
    private final List<String> refreshTokens = new ArrayList<>();
    private final List<String> cursors = new ArrayList<>();
    private final List<String> idempotencyKeys = new ArrayList<>();

    FuzzRequests(JsonNode document, Random random, Actors actors) {
        this.document = document;
        this.random = random;
        this.values = new SchemaValues(document, random);
        this.actors = actors;
        for (Iterator<String> paths = document.get("paths").fieldNames(); paths.hasNext(); ) {
            String template = paths.next();
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                JsonNode operation = document.get("paths").get(template).get(method);
                if (operation != null) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), template, operation));
                }
            }
        }
    }

    List<Operation> operations() {
        return operations;
    }

    Request next() {
        Operation operation = operations.get(random.nextInt(operations.size()));
        boolean valid = random.nextInt(10) < 4;
        int broken = valid ? -1 : random.nextInt(7);
        String method = broken == 0 ? List.of("PUT", "DELETE", "PATCH", "POST", "GET").get(random.nextInt(5))
                : operation.method();
        String path = path(operation, broken == 1) + query(operation, broken == 2);
        String target = method.equals(operation.method()) ? operation.name() : "(another method)";
        if (broken == 3) {
            path = "/api/v" + random.nextInt(4) + "/" + pick(STRANGE_SEGMENTS);
            target = "(unknown path)";
        }
        List<String> headers = new ArrayList<>();
        if (operation.secured() || random.nextInt(10) == 0) {
            headers.add("Authorization");
            headers.add(broken == 4 ? actors.forged().any(random)
                    : random.nextInt(4) == 0 ? actors.adminBearer() : actors.userBearer());
        }
        if (random.nextInt(8) == 0) {
            // Method overrides are never honoured: the request line's method is the method.
            headers.add(pick(OVERRIDE_HEADERS));
            headers.add(List.of("DELETE", "PATCH", "PUT", "POST").get(random.nextInt(4)));
        }
        if (operation.name().equals("createOrder") && random.nextBoolean()) {
            headers.add("Idempotency-Key");
            headers.add(idempotencyKey(broken == 5));
        }
        JsonNode requestBody = values.resolve(operation.node().path("requestBody"));
        String contentType = null;
        String body = null;
        if (requestBody.has("content")) {
            boolean form = requestBody.get("content").has("application/x-www-form-urlencoded") && random.nextInt(3) == 0;
            contentType = form ? "application/x-www-form-urlencoded" : "application/json";
            body = form ? form(broken == 6) : json(operation, requestBody, broken == 6);
            if (broken == 5) {
                contentType = random.nextInt(4) == 0 ? null : pick(STRANGE_CONTENT_TYPES);
            }
        } else if (broken == 6) {
            contentType = "application/json";
            body = values.strange().toString();
        }
        return new Request(operation, target, method, path, contentType, body, headers);
    }

    /** Remembers what a response handed out, for later requests. */
    void learn(Request request, JsonNode response) {
        if (response == null || !response.isObject()) {
            return;
        }
        if (response.has("refresh_token")) {
            refreshTokens.add(response.get("refresh_token").asText());
        }
        if (response.hasNonNull("next_cursor")) {
            cursors.add(response.get("next_cursor").asText());
        }
        if (response.has("id") && response.get("id").canConvertToLong()) {
            // Only users the fuzz registered itself: the actors must keep their role and stay active.
            if (request.target().equals("registerUser")) {
                userIds.add(response.get("id").asLong());
            } else if (request.path().startsWith("/api/v1/orders")) {
                orderIds.add(response.get("id").asLong());
            }
        }
    }

    private String path(Operation operation, boolean broken) {
        if (!operation.template().contains("{id}")) {
            return operation.template();
        }
        List<Long> known = operation.template().startsWith("/api/v1/users") ? userIds : orderIds;
        String unknown = String.valueOf(1_000_000 + random.nextInt(1_000_000)); // beyond any id a run creates
        String id = broken ? pick(STRANGE_SEGMENTS)
                : known.isEmpty() || random.nextInt(5) == 0 ? unknown : String.valueOf(pick(known));
        return operation.template().replace("{id}", id);
    }

    private String query(Operation operation, boolean broken) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode declared : operation.node().path("parameters")) {
            JsonNode parameter = values.resolve(declared);
            if (!parameter.path("in").asText().equals("query") || random.nextBoolean()) {
                continue;
            }
            String name = parameter.get("name").asText();
            String value = name.equals("cursor") && !cursors.isEmpty() && random.nextBoolean() ? pick(cursors)
                    : values.valid(parameter.get("schema"), name).asText();
            if (broken && random.nextBoolean()) {
                value = random.nextBoolean() ? values.strange().asText() : value + "x";
            }
            pairs.add(name + "=" + encode(value));
        }
        if (broken && (pairs.isEmpty() || random.nextBoolean())) {
            pairs.add(random.nextBoolean() ? "unknown=1" : "limit=" + encode(values.strange().asText()));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private String json(Operation operation, JsonNode requestBody, boolean broken) {
        JsonNode schema = requestBody.path("content").path("application/json").path("schema");
        JsonNode body = values.valid(schema, "");
        switch (operation.name()) {
            case "login" -> {
                // Only valid logins name the actor: failed ones would lock it out (and they are tested elsewhere).
                if (!broken) {
                    ((ObjectNode) body).put("email", actors.userEmail()).put("password", actors.password());
                }
            }
            case "refreshTokens", "logout" -> {
                if (!refreshTokens.isEmpty() && random.nextInt(4) > 0) {
                    ((ObjectNode) body).put("refresh_token", pick(refreshTokens));
                }
            }
            default -> {
            }
        }
        if (!broken) {
            return body.toString();
        }
        String text = values.mutate(body).toString();
        return switch (random.nextInt(14)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> text + "}";
            case 2 -> "{\"a\":1,}";
            case 3 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 4 -> "{\"email\":\"raw\u0000nul\"}";
            case 5 -> "\uFEFF" + text;
            case 6 -> random.nextInt(20) == 0 ? "{\"name\":\"" + "x".repeat(1_100_000) + "\"}" : "";
            case 7 -> text.replaceFirst("\"([^\"]*)\"(?=,|})", "\"\\\\ud800$1\""); // a lone surrogate in a value
            case 8 -> manyKeys(2_000 + random.nextInt(20_000));
            case 9 -> "{\"items\":[" + "{\"sku\":\"A\",\"quantity\":1,\"unit_price\":1},".repeat(5_000) + "{}]}";
            case 10 -> deep(20 + random.nextInt(200));
            default -> text;
        };
    }

    /** Objects nested {@code depth} deep. */
    private static String deep(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** An object of {@code count} unknown keys: its 422 must stay small. */
    private static String manyKeys(int count) {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return body.append('}').toString();
    }

    private String form(boolean broken) {
        if (!broken) {
            return "grant_type=password&username=" + encode(actors.userEmail()) + "&password=" + encode(actors.password());
        }
        List<String> fields = new ArrayList<>(List.of("grant_type=password",
                "username=nobody-" + random.nextInt(1_000_000) + "%40example.org", "password=wrong-password"));
        switch (random.nextInt(3)) {
            case 0 -> fields.remove(1 + random.nextInt(2));
            case 1 -> fields.add("username=" + encode(values.strange().asText()));
            default -> fields.set(2, "password=%ZZ%00");
        }
        return String.join("&", fields);
    }

    private String idempotencyKey(boolean broken) {
        if (broken) {
            return List.of("", " ", "k".repeat(1_000), "k e\ty").get(random.nextInt(4));
        }
        if (!idempotencyKeys.isEmpty() && random.nextBoolean()) {
            return pick(idempotencyKeys);
        }
        String key = "fuzz-" + random.nextInt(1_000_000);
        idempotencyKeys.add(key);
        return key;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
