package dev.orderdesk.adapter.http.request;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orderdesk.adapter.http.error.ErrorResponse;
import dev.orderdesk.adapter.http.error.HttpProblem;
import dev.orderdesk.adapter.http.error.InvalidFields;
import dev.orderdesk.adapter.http.error.TransportError;
import dev.orderdesk.adapter.http.json.JsonLimitExceededException;
import dev.orderdesk.adapter.http.json.ReadLimits;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.Violation;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads a JSON request body into a request record, strictly: only {@code application/json} in UTF-8; syntax errors,
 * duplicate keys and trailing garbage are 400; a body past a {@link ReadLimits} bound is 400
 * {@code JSON_LIMIT_EXCEEDED}; every unknown, wrongly typed or inexact field, nested ones by their path, is reported
 * in one 422 (at most {@link ErrorResponse#MAX_DETAILS} listed, all counted). The raw body is never echoed back.
 */
public final class JsonBody {

    private final ObjectMapper mapper;
    private final ReadLimits limits;
    private final Map<Class<?>, BodyShape.ObjectOf> shapes = new ConcurrentHashMap<>();

    /** {@code mapper} must be the one whose parsers enforce {@code limits} ({@code JsonCodec}'s). */
    public JsonBody(ObjectMapper mapper, ReadLimits limits) {
        this.mapper = mapper;
        this.limits = limits;
    }

    /**
     * Reads the body and converts it with {@code toCommand} (which validates domain values through
     * {@link dev.orderdesk.domain.FieldViolations}). Transport and domain violations are reported together in one 422.
     */
    public <T extends Record, C> C read(Context ctx, Class<T> type, Function<T, C> toCommand) {
        requireJsonContentType(ctx);
        BodyReader.Result body = parse(ctx.bodyAsBytes(), shapes.computeIfAbsent(type, t -> BodyShape.of(type, mapper)));
        CappedViolations transport = body.violations();
        if (body.fields() == null) {
            throw new InvalidFields(transport.shown(), transport.count());
        }
        T request = bind(body.fields(), type);
        try {
            C command = toCommand.apply(request);
            if (!transport.isEmpty()) {
                throw merged(transport, List.of());
            }
            return command;
        } catch (DomainException e) {
            if (e.code() != ErrorCode.VALIDATION_ERROR || transport.isEmpty()) {
                throw e;
            }
            throw merged(transport, e.violations());
        }
    }

    /** Domain violations for fields already reported (and so left out) would only say "missing": drop them. */
    private static InvalidFields merged(CappedViolations transport, List<Violation> domain) {
        List<Violation> fresh = domain.stream().filter(v -> !transport.wasDropped(v.field())).toList();
        List<Violation> shown = new ArrayList<>(transport.shown());
        fresh.stream().limit(Math.max(0, ErrorResponse.MAX_DETAILS - shown.size())).forEach(shown::add);
        return new InvalidFields(shown, transport.count() + fresh.size());
    }

    private <T extends Record> T bind(ObjectNode fields, Class<T> type) {
        try {
            return mapper.treeToValue(fields, type);
        } catch (JsonProcessingException e) {
            // Every remaining field has been vetted, so this is a bug, not bad input.
            throw new IllegalStateException("validated body did not bind to " + type.getSimpleName(), e);
        }
    }

    private static void requireJsonContentType(Context ctx) {
        String contentType = ctx.contentType();
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw new HttpProblem(TransportError.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    private BodyReader.Result parse(byte[] bytes, BodyShape.ObjectOf shape) {
        try (JsonParser parser = mapper.createParser(Utf8Body.reader(bytes))) {
            try {
                return BodyReader.read(parser, shape, limits);
            } catch (JsonLimitExceededException e) {
                String where = e.path().orElseGet(() -> JsonPath.ofValue(parser));
                throw new HttpProblem(TransportError.JSON_LIMIT_EXCEEDED, TransportError.JSON_LIMIT_EXCEEDED.defaultMessage(),
                        List.of(new ErrorResponse.Detail(where, e.limit().message(limits.max(e.limit())), e.limit().type())));
            }
        } catch (StreamConstraintsException e) {
            // Only the document length is left to the parser's own exception; the web server's limit comes first.
            throw new HttpProblem(TransportError.PAYLOAD_TOO_LARGE);
        } catch (IOException e) {
            // Syntax, duplicate keys, trailing data, bytes that are not UTF-8.
            throw new HttpProblem(TransportError.MALFORMED_JSON);
        }
    }
}
