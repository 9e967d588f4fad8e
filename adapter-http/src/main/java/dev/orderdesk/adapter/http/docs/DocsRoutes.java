package dev.orderdesk.adapter.http.docs;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * {@code /docs}: Swagger UI from its webjar, whose Authorize button logs in through the OAuth2 password flow the
 * document declares; {@code /redoc}: ReDoc from the bundle vendored in the jar. Nothing comes from a CDN (these
 * machines are offline). Only when DEBUG is on.
 */
public final class DocsRoutes {

    private static final String VERSION_FILE = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    // The UI needs its own scripts and styles; the API's "default-src 'none'" would block them.
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";
    // ReDoc also renders in a web worker it starts from a blob: URL.
    private static final String REDOC_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY + "; worker-src 'self' blob:";
    private static final String REDOC_BUNDLE = "/docs/redoc/redoc.standalone.js";
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
        config.routes.get("/docs", ctx -> ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY).html(page(
                "<link rel=\"stylesheet\" href=\"" + assets + "/swagger-ui.css\">",
                "<div id=\"swagger-ui\"></div>\n<script src=\"" + assets + "/swagger-ui-bundle.js\"></script>\n"
                        + "<script src=\"/docs/init.js\"></script>")));
        config.routes.get("/docs/init.js", ctx -> ctx.contentType("text/javascript").result(INIT_SCRIPT));
        config.routes.get("/redoc", ctx -> ctx.header("Content-Security-Policy", REDOC_CONTENT_SECURITY_POLICY).html(page(
                "", "<redoc spec-url=\"/openapi.json\"></redoc>\n<script src=\"/redoc/redoc.standalone.js\"></script>")));
        config.routes.get("/redoc/redoc.standalone.js", ctx -> ctx.contentType("text/javascript")
                .result(DocsRoutes.class.getResourceAsStream(REDOC_BUNDLE)));
    }

    private static String page(String head, String body) {
        return """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>Orderdesk API</title>
                %s
                </head>
                <body>
                %s
                </body>
                </html>
                """.formatted(head, body);
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
