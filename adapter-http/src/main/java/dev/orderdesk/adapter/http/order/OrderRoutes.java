package dev.orderdesk.adapter.http.order;

import dev.orderdesk.adapter.http.middleware.BearerAuthentication;
import dev.orderdesk.adapter.http.request.FieldViolations;
import dev.orderdesk.adapter.http.request.JsonBody;
import dev.orderdesk.adapter.http.request.Params;
import dev.orderdesk.application.OrderUseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.OrderAction;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.order.OrderSlice;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.OrderStatus;
import dev.orderdesk.domain.user.UserId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Orders over HTTP. v1 pages by offset with {@code X-Total-Count} (its cost grows with depth); v2 pages by keyset
 * cursor (constant cost at any depth). Both call the same use case; only the mapping differs.
 */
public final class OrderRoutes {

    private static final String V1 = "/api/v1/orders";
    private static final String V2 = "/api/v2/orders";

    private final OrderUseCases useCases;
    private final JsonBody json;
    private final BearerAuthentication bearer;

    public OrderRoutes(OrderUseCases useCases, JsonBody json, BearerAuthentication bearer) {
        this.useCases = useCases;
        this.json = json;
        this.bearer = bearer;
    }

    public void register(RoutesConfig routes) {
        routes.post(V1, this::create);
        routes.get(V1, this::listV1);
        routes.get(V1 + "/{id}", this::get);
        for (OrderAction action : OrderAction.values()) {
            routes.post(V1 + "/{id}/" + action.name().toLowerCase(Locale.ROOT), ctx -> change(ctx, action));
        }
        routes.get(V2, this::listV2);
    }

    private void create(Context ctx) {
        Caller caller = bearer.require(ctx);
        FieldViolations headerViolations = new FieldViolations();
        Optional<IdempotencyKey> key = Optional.ofNullable(ctx.header("Idempotency-Key"))
                .map(raw -> headerViolations.field("Idempotency-Key", () -> new IdempotencyKey(raw)));
        headerViolations.throwIfAny();
        CreateOrderCommand command = json.read(ctx, CreateOrderRequest.class, CreateOrderRequest::toCommand);
        OrderCreation created = useCases.create().create(caller, command, key);
        if (created.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        ctx.status(201).header("Location", V1 + "/" + created.order().id().value())
                .json(OrderResponse.from(created.order()));
    }

    private void get(Context ctx) {
        Caller caller = bearer.require(ctx);
        OrderId id = OrderId.of(Params.pathId(ctx, "id"));
        ctx.json(OrderResponse.from(useCases.get().get(caller, id)));
    }

    private void change(Context ctx, OrderAction action) {
        Caller caller = bearer.require(ctx);
        OrderId id = OrderId.of(Params.pathId(ctx, "id"));
        ctx.json(OrderResponse.from(useCases.changeStatus().apply(caller, id, action)));
    }

    private void listV1(Context ctx) {
        Caller caller = bearer.require(ctx);
        FieldViolations violations = new FieldViolations();
        OrderQuery query = query(ctx, violations);
        Long offset = Params.query(ctx, "offset", 0, Long.MAX_VALUE, 0, violations);
        Long limit = Params.query(ctx, "limit", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT, violations);
        violations.throwIfAny();
        Page<Order> page = useCases.list().list(caller, query, new PageRequest(offset, limit.intValue()));
        ctx.header("X-Total-Count", String.valueOf(page.total()))
                .json(page.items().stream().map(OrderResponse::from).toList());
    }

    private void listV2(Context ctx) {
        Caller caller = bearer.require(ctx);
        FieldViolations violations = new FieldViolations();
        OrderQuery query = query(ctx, violations);
        Long limit = Params.query(ctx, "limit", 1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT, violations);
        var cursor = violations.field("cursor", () -> CursorCodec.decode(ctx.queryParam("cursor")));
        violations.throwIfAny();
        OrderSlice slice = useCases.list().listAfter(caller, query, cursor, limit.intValue());
        ctx.json(new OrderPageResponse(slice.items().stream().map(OrderResponse::from).toList(),
                slice.next().map(CursorCodec::encode).orElse(null)));
    }

    private static OrderQuery query(Context ctx, FieldViolations violations) {
        Optional<OrderStatus> status = Optional.ofNullable(ctx.queryParam("status"))
                .map(raw -> violations.field("status", () -> OrderStatus.fromCode(raw)));
        Optional<UserId> owner = Optional.ofNullable(ctx.queryParam("user_id")).isPresent()
                ? Optional.ofNullable(Params.query(ctx, "user_id", 1, Long.MAX_VALUE, 1, violations)).map(UserId::of)
                : Optional.empty();
        return new OrderQuery(status, owner);
    }
}
