package dev.orderdesk.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI 3.1 document, kept by hand in {@code openapi.yaml} (contract first) and served as JSON. Tests hold
 * it and the registered routes to each other.
 */
public final class OpenApiDocument {

    private static final String RESOURCE = "/openapi.yaml";

    private OpenApiDocument() {
    }

    public static JsonNode load() {
        try (InputStream yaml = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (yaml == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document cannot be read", e);
        }
    }
}
