package dev.orderdesk.adapter.http.order;

import dev.orderdesk.adapter.http.middleware.BearerAuthentication;
import dev.orderdesk.adapter.http.request.JsonBody;
import dev.orderdesk.adapter.http.request.Paging;
import dev.orderdesk.adapter.http.request.Params;
import dev.orderdesk.application.OrderUseCases;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.OrderAction;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.order.OrderSlice;
import dev.orderdesk.domain.FieldViolations;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
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
 * cursor (constant cost at any depth). Both call the same use case; only the mapping differs. Admins place orders
 * for other users under {@code /api/v1/users/{id}/orders}, with the same body and idempotency as their own.
 */
public final class OrderRoutes {

    private static final String V1 = "/api/v1/orders";
    private static final String V2 = "/api/v2/orders";
    private static final String ON_BEHALF = "/api/v1/users/{id}/orders";

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
        routes.post(ON_BEHALF, this::placeOnBehalf);
    }

    private void create(Context ctx) {
        Caller caller = bearer.require(ctx);
        Optional<IdempotencyKey> key = idempotencyKey(ctx);
        CreateOrderCommand command = json.read(ctx, CreateOrderRequest.class, CreateOrderRequest::toCommand);
        created(ctx, useCases.create().create(caller, command, key));
    }

    /** An administrator places an order owned by the user in the path: same body and key semantics as create. */
    private void placeOnBehalf(Context ctx) {
        Caller caller = bearer.require(ctx);
        UserId owner = UserId.of(Params.pathId(ctx, "id"));
        Optional<IdempotencyKey> key = idempotencyKey(ctx);
        CreateOrderCommand command = json.read(ctx, CreateOrderRequest.class, CreateOrderRequest::toCommand);
        created(ctx, useCases.placeOnBehalf().place(caller, owner, command, key));
    }

    private static Optional<IdempotencyKey> idempotencyKey(Context ctx) {
        return Optional.ofNullable(ctx.header("Idempotency-Key"))
                .map(raw -> FieldViolations.single("Idempotency-Key", () -> new IdempotencyKey(raw)));
    }

    private static void created(Context ctx, OrderCreation created) {
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
        Optional<PageRequest> pageRequest = Paging.offsetPage(ctx, violations);
        violations.throwIfAny();
        Page<Order> page = useCases.list().list(caller, query, pageRequest.orElseThrow());
        ctx.header("X-Total-Count", String.valueOf(page.total()))
                .json(page.items().stream().map(OrderResponse::from).toList());
    }

    private void listV2(Context ctx) {
        Caller caller = bearer.require(ctx);
        FieldViolations violations = new FieldViolations();
        OrderQuery query = query(ctx, violations);
        Optional<Integer> limit = Paging.limit(ctx, violations);
        // An empty cursor asks for the first page, as an absent one does.
        Optional<OrderCursor> after = Optional.ofNullable(ctx.queryParam("cursor")).filter(raw -> !raw.isEmpty())
                .flatMap(raw -> violations.field("cursor", () -> CursorCodec.decode(raw)));
        violations.throwIfAny();
        OrderSlice slice = useCases.list().listAfter(caller, query, after, limit.orElseThrow());
        ctx.json(new OrderPageResponse(slice.items().stream().map(OrderResponse::from).toList(),
                slice.next().map(CursorCodec::encode).orElse(null)));
    }

    private static OrderQuery query(Context ctx, FieldViolations violations) {
        // Empty when absent; when invalid, the violation recorded fails the request before the query is used.
        Optional<OrderStatus> status = Params.query(ctx, "status", OrderStatus::fromCode, violations);
        Optional<UserId> owner = Params.query(ctx, "user_id",
                raw -> UserId.of(Params.integer(raw, 1, Long.MAX_VALUE)), violations);
        return new OrderQuery(status, owner);
    }
}
