package dev.orderdesk.adapter.http.auth;

import dev.orderdesk.adapter.http.middleware.ClientAddress;
import dev.orderdesk.adapter.http.request.JsonBody;
import dev.orderdesk.application.AuthUseCases;
import dev.orderdesk.application.port.in.auth.LoginCommand;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/v1/auth}: login, refresh, logout. Responses carrying tokens are never cached. */
public final class AuthRoutes {

    private static final String BASE = "/api/v1/auth";

    private final AuthUseCases useCases;
    private final JsonBody json;
    private final ClientAddress clientAddress;

    public AuthRoutes(AuthUseCases useCases, JsonBody json, ClientAddress clientAddress) {
        this.useCases = useCases;
        this.json = json;
        this.clientAddress = clientAddress;
    }

    public void register(RoutesConfig routes) {
        routes.post(BASE + "/login", this::login);
        routes.post(BASE + "/refresh", this::refresh);
        routes.post(BASE + "/logout", this::logout);
    }

    private void login(Context ctx) {
        useCases.admitClient().admit(clientAddress.of(ctx));
        // The OAuth2 password form lets interactive API docs log in; its other fields (grant_type, scope) are ignored.
        LoginCommand command = ctx.isFormUrlencoded()
                ? LoginRequest.command("username", ctx.formParam("username"), ctx.formParam("password"))
                : json.read(ctx, LoginRequest.class, LoginRequest::toCommand);
        writeTokens(ctx, TokenResponse.from(useCases.login().login(command)));
    }

    private void refresh(Context ctx) {
        String token = json.read(ctx, RefreshTokenRequest.class, RefreshTokenRequest::token);
        writeTokens(ctx, TokenResponse.from(useCases.refresh().refresh(token)));
    }

    private void logout(Context ctx) {
        String token = json.read(ctx, RefreshTokenRequest.class, RefreshTokenRequest::token);
        useCases.logout().logout(token);
        ctx.status(204);
    }

    private static void writeTokens(Context ctx, TokenResponse tokens) {
        ctx.header("Cache-Control", "no-store").header("Pragma", "no-cache").json(tokens);
    }
}
