package dev.orderdesk.adapter.http.user;

import dev.orderdesk.adapter.http.middleware.BearerAuthentication;
import dev.orderdesk.adapter.http.middleware.ClientAddress;
import dev.orderdesk.adapter.http.request.JsonBody;
import dev.orderdesk.adapter.http.request.Paging;
import dev.orderdesk.adapter.http.request.Params;
import dev.orderdesk.application.UserUseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.auth.AdmitClientUseCase;
import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.in.user.UpdateProfileCommand;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * {@code /api/v1/users}. Registration is public; everything else needs a bearer token, and the use cases decide
 * what the caller may see or change. Each handler parses, calls one use case and maps the result.
 */
public final class UserRoutes {

    static final String BASE = "/api/v1/users";

    private final UserUseCases useCases;
    private final JsonBody json;
    private final BearerAuthentication bearer;
    private final AdmitClientUseCase admitClient;
    private final ClientAddress clientAddress;

    public UserRoutes(UserUseCases useCases, JsonBody json, BearerAuthentication bearer, AdmitClientUseCase admitClient,
                      ClientAddress clientAddress) {
        this.useCases = useCases;
        this.json = json;
        this.bearer = bearer;
        this.admitClient = admitClient;
        this.clientAddress = clientAddress;
    }

    public void register(RoutesConfig routes) {
        routes.post(BASE, this::registerUser);
        routes.get(BASE, this::listUsers);
        // "me" is registered before "{id}" so that it is never parsed as an id.
        routes.get(BASE + "/me", this::getMe);
        routes.patch(BASE + "/me", this::updateMe);
        routes.get(BASE + "/{id}", this::getUser);
        routes.patch(BASE + "/{id}", this::updateUser);
    }

    private void registerUser(Context ctx) {
        admitClient.admit(clientAddress.of(ctx));
        RegisterUserCommand command = json.read(ctx, RegisterUserRequest.class, RegisterUserRequest::toCommand);
        User user = useCases.register().register(command);
        ctx.status(201).header("Location", BASE + "/" + user.id().value()).json(UserResponse.from(user));
    }

    private void getMe(Context ctx) {
        Caller caller = bearer.require(ctx);
        ctx.json(UserResponse.from(useCases.get().get(caller, caller.id())));
    }

    private void updateMe(Context ctx) {
        Caller caller = bearer.require(ctx);
        UpdateProfileCommand command = json.read(ctx, UpdateMeRequest.class, UpdateMeRequest::toCommand);
        ctx.json(UserResponse.from(useCases.updateProfile().update(caller, command)));
    }

    private void getUser(Context ctx) {
        Caller caller = bearer.require(ctx);
        UserId id = UserId.of(Params.pathId(ctx, "id"));
        ctx.json(UserResponse.from(useCases.get().get(caller, id)));
    }

    private void updateUser(Context ctx) {
        Caller caller = bearer.require(ctx);
        UserId id = UserId.of(Params.pathId(ctx, "id"));
        AdminUpdateUserCommand command = json.read(ctx, AdminUpdateUserRequest.class, AdminUpdateUserRequest::toCommand);
        ctx.json(UserResponse.from(useCases.adminUpdate().update(caller, id, command)));
    }

    private void listUsers(Context ctx) {
        Caller caller = bearer.require(ctx);
        FieldViolations violations = new FieldViolations();
        Optional<PageRequest> pageRequest = Paging.offsetPage(ctx, violations);
        violations.throwIfAny();
        Page<User> page = useCases.list().list(caller, pageRequest.orElseThrow());
        ctx.header("X-Total-Count", String.valueOf(page.total()))
                .json(page.items().stream().map(UserResponse::from).toList());
    }
}
