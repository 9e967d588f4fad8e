package dev.orderdesk.adapter.http.middleware;

import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * A request is handled as its request line's method, whatever its headers say. Javalin's {@code Context.method()}
 * believes {@code X-HTTP-Method-Override} (routing included), so a GET carrying {@code X-HTTP-Method-Override: PATCH}
 * changed data — through proxies and CORS rules that let a GET pass untouched. The override headers are removed
 * before Javalin sees the request; a {@code _method} parameter is never read by anything.
 */
public final class NoMethodOverride implements HttpConfiguration.Customizer {

    static final List<String> HEADERS = List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        HttpFields headers = request.getHeaders();
        if (HEADERS.stream().noneMatch(headers::contains)) {
            return request;
        }
        HttpFields.Mutable kept = HttpFields.build(headers);
        HEADERS.forEach(kept::remove);
        HttpFields without = kept.asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return without;
            }
        };
    }
}
