package dev.orderdesk.adapter.http.docs;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code /docs}: Swagger UI from its webjar (these machines are offline, so nothing comes from a CDN). Its
 * Authorize button logs in through the OAuth2 password flow the document declares. Only when DEBUG is on.
 */
public final class DocsRoutes {

    private static final String VERSION_FILE = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    // The UI needs its own scripts and styles; the API's "default-src 'none'" would block them.
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    private static final String INIT_SCRIPT = """
            window.ui = SwaggerUIBundle({
              url: '/openapi.json',
              dom_id: '#swagger-ui',
              presets: [SwaggerUIBundle.presets.apis],
              layout: 'BaseLayout'
            });
            """;

    private final String assets;

    public DocsRoutes() {
        this.assets = "/webjars/swagger-ui/" + swaggerUiVersion();
    }

    public void register(JavalinConfig config) {
        config.staticFiles.enableWebjars();
        config.routes.get("/docs", this::page);
        config.routes.get("/docs/init.js", ctx -> ctx.contentType("text/javascript").result(INIT_SCRIPT));
    }

    private void page(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).html("""
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Orderdesk API</title>
                  <link rel="stylesheet" href="%1$s/swagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$s/swagger-ui-bundle.js"></script>
                  <script src="/docs/init.js"></script>
                </body>
                </html>
                """.formatted(assets));
    }

    private static String swaggerUiVersion() {
        try (InputStream in = DocsRoutes.class.getResourceAsStream(VERSION_FILE)) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
