package dev.orderdesk.adapter.http.user;

import dev.orderdesk.adapter.http.UserUseCases;
import dev.orderdesk.adapter.http.request.FieldViolations;
import dev.orderdesk.adapter.http.request.JsonBody;
import dev.orderdesk.adapter.http.request.Params;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code /api/v1/users}: register, fetch one, list. Each handler parses, calls one use case and maps the result. */
public final class UserRoutes {

    static final String BASE = "/api/v1/users";

    private final UserUseCases useCases;
    private final JsonBody json;

    public UserRoutes(UserUseCases useCases, JsonBody json) {
        this.useCases = useCases;
        this.json = json;
    }

    public void register(RoutesConfig routes) {
        routes.post(BASE, this::registerUser);
        routes.get(BASE, this::listUsers);
        routes.get(BASE + "/{id}", this::getUser);
    }

    private void registerUser(Context ctx) {
        RegisterUserCommand command = json.read(ctx, RegisterUserRequest.class, RegisterUserRequest::toCommand);
        User user = useCases.register().register(command);
        ctx.status(201).header("Location", BASE + "/" + user.id().value()).json(UserResponse.from(user));
    }

    private void getUser(Context ctx) {
        UserId id = UserId.of(Params.pathId(ctx, "id"));
        ctx.json(UserResponse.from(useCases.get().get(id)));
    }

    private void listUsers(Context ctx) {
        FieldViolations violations = new FieldViolations();
        Long offset = Params.query(ctx, "offset", 0, Long.MAX_VALUE, 0, violations);
        Long limit = Params.query(ctx, "limit", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT, violations);
        violations.throwIfAny();
        Page<User> page = useCases.list().list(new PageRequest(offset, limit.intValue()));
        ctx.header("X-Total-Count", String.valueOf(page.total()))
                .json(page.items().stream().map(UserResponse::from).toList());
    }
}
