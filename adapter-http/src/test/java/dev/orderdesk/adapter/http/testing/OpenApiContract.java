package dev.orderdesk.adapter.http.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.orderdesk.adapter.http.OpenApiDocument;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Holds every exchange a test makes to the OpenAPI document: the status must be documented for the operation, a
 * JSON body must match the documented schema, and a request that succeeded must have matched its request schema.
 * Unknown paths must answer 404 and undocumented methods 405, both in the error envelope.
 */
public final class OpenApiContract {

    private static final JsonNode DOCUMENT = OpenApiDocument.load();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ERROR_SCHEMA = "/components/schemas/ErrorResponse";

    private OpenApiContract() {
    }

    /** @throws AssertionError describing how the exchange departs from the document */
    public static void check(String method, String pathAndQuery, String requestContentType, String requestBody,
                             HttpResponse<String> response) {
        String raw = pathAndQuery.split("\\?", 2)[0];
        String path = raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        if (method.equals("OPTIONS") || path.startsWith("/docs") || path.startsWith("/redoc")
                || path.startsWith("/webjars")) {
            return; // CORS preflights and the documentation UI are not part of the API
        }
        Optional<String> template = template(path);
        String exchange = method + " " + pathAndQuery + " → " + response.statusCode();
        if (template.isEmpty()) {
            // BAD_REQUEST (400) only when the web server cannot even decode the path (a NUL, an encoded slash).
            boolean undecodable = response.statusCode() == 400
                    && errorCode(response.body()).equals("BAD_REQUEST");
            require(response.statusCode() == 404 || undecodable, exchange + ": undocumented path must answer 404");
            validate(ERROR_SCHEMA, response.body(), exchange);
            return;
        }
        String operationPointer = "/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT);
        JsonNode operation = DOCUMENT.at(operationPointer);
        if (operation.isMissingNode()) {
            require(response.statusCode() == 405, exchange + ": undocumented method must answer 405");
            validate(ERROR_SCHEMA, response.body(), exchange);
            return;
        }
        checkResponse(operationPointer, operation, response, exchange);
        // A body sent to an operation that takes none is ignored (RFC 9110 gives it no meaning), so only
        // operations that take a JSON body have a request to check.
        String pointer = operationPointer + "/requestBody/content/application~1json/schema";
        if (response.statusCode() / 100 == 2 && requestBody != null && !requestBody.isEmpty()
                && requestContentType != null && requestContentType.startsWith("application/json")
                && !DOCUMENT.at(pointer).isMissingNode()) {
            validate(pointer, requestBody, exchange + " (request)");
        }
    }

    private static void checkResponse(String operationPointer, JsonNode operation, HttpResponse<String> response,
                                      String exchange) {
        String status = String.valueOf(response.statusCode());
        boolean documented = operation.path("responses").has(status);
        require(documented || response.statusCode() >= 400, exchange + ": success status is not documented");
        String responsePointer = operationPointer + "/responses/" + (documented ? status : "default");
        JsonNode declared = DOCUMENT.at(responsePointer);
        require(!declared.isMissingNode(), exchange + ": status is not documented");
        if (declared.has("$ref")) {
            responsePointer = declared.get("$ref").asText().substring(1);
            declared = DOCUMENT.at(responsePointer);
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (response.body().isEmpty()) {
            require(!declared.has("content"), exchange + ": documented body is missing");
            return;
        }
        String mediaType = contentType.split(";", 2)[0].strip();
        require(declared.path("content").has(mediaType), exchange + ": undocumented content type " + contentType);
        if (mediaType.equals("application/json")) {
            validate(responsePointer + "/content/application~1json/schema", response.body(), exchange);
        }
    }

    private static void validate(String schemaPointer, String body, String exchange) {
        JsonSchema schema = COMPILED.computeIfAbsent(schemaPointer, OpenApiContract::compile);
        JsonNode instance;
        try {
            // RFC 8259 lets a parser ignore a leading byte order mark, and the server does.
            instance = JSON.readTree(body.startsWith("\uFEFF") ? body.substring(1) : body);
        } catch (IOException e) {
            throw new AssertionError(exchange + ": body is not JSON: " + body);
        }
        Set<ValidationMessage> problems = schema.validate(instance);
        require(problems.isEmpty(), exchange + ": body does not match " + schemaPointer + ": " + problems + "\n" + body);
    }

    private static String errorCode(String body) {
        try {
            return JSON.readTree(body).path("error").path("code").asText();
        } catch (IOException e) {
            return "";
        }
    }

    /** The schema at the pointer, carrying the document's components so its "#/components/..." references resolve. */
    private static JsonSchema compile(String pointer) {
        ObjectNode root = ((ObjectNode) DOCUMENT.at(pointer)).deepCopy();
        root.set("components", DOCUMENT.get("components"));
        return SCHEMAS.getSchema(root);
    }

    private static Optional<String> template(String path) {
        for (Iterator<String> paths = DOCUMENT.get("paths").fieldNames(); paths.hasNext(); ) {
            String template = paths.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return Optional.of(template);
            }
        }
        return Optional.empty();
    }

    private static String escape(String template) {
        return template.replace("~", "~0").replace("/", "~1");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
