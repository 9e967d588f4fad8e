package dev.orderdesk.adapter.persistence;

import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.Money;
import dev.orderdesk.domain.order.NewOrder;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderCursor;
import dev.orderdesk.domain.order.OrderId;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.OrderStatus;
import dev.orderdesk.domain.order.PlacedBy;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.user.UserId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Orders in {@code orders} and {@code order_lines}. Any page of orders costs two statements: one for the orders,
 * one for all their lines ({@code order_id = ANY(...)}), never one per order.
 */
final class JdbiOrderRepository implements OrderRepository {

    private static final String COLUMNS =
            "id, user_id, currency, status, created_at, updated_at, version, placed_by, placed_by_user_id";

    private final Jdbi jdbi;

    JdbiOrderRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private record Header(OrderId id, UserId owner, CurrencyCode currency, OrderStatus status, Instant createdAt,
                          Instant updatedAt, long version, PlacedBy placedBy) {
        Order with(List<OrderLine> lines) {
            return Order.restore(id, owner, currency, lines, status, createdAt, updatedAt, version, placedBy);
        }
    }

    @Override
    public Order add(NewOrder order) {
        return jdbi.withHandle(handle -> {
            Header header = handle.createQuery("""
                            INSERT INTO orders (user_id, currency, status, created_at, updated_at, placed_by,
                                                placed_by_user_id)
                            VALUES (:user, :currency, 'pending', :createdAt, :createdAt, :placedBy, :placedByUser)
                            RETURNING\s""" + COLUMNS)
                    .bind("user", order.owner().value())
                    // NULL, not 'owner': what every order stored before placers were recorded means.
                    .bind("placedBy", order.placedBy().isOwner() ? null : order.placedBy().kind().code())
                    .bind("placedByUser", order.placedBy().admin().map(UserId::value).orElse(null))
                    .bind("currency", order.currency().value())
                    .bind("createdAt", Timestamps.of(order.createdAt()))
                    .map(JdbiOrderRepository::header)
                    .one();
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO order_lines (order_id, position, sku, quantity, unit_price)
                    VALUES (:order, :position, :sku, :quantity, :unitPrice)""");
            for (int position = 0; position < order.lines().size(); position++) {
                OrderLine line = order.lines().get(position);
                batch.bind("order", header.id().value()).bind("position", position).bind("sku", line.sku().value())
                        .bind("quantity", line.quantity().value()).bind("unitPrice", line.unitPrice().minorUnits())
                        .add();
            }
            batch.execute();
            return header.with(order.lines());
        });
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return jdbi.withHandle(handle -> withLines(handle, handle.createQuery("SELECT " + COLUMNS + " FROM orders WHERE id = :id")
                .bind("id", id.value())
                .map(JdbiOrderRepository::header)
                .list()).stream().findFirst());
    }

    @Override
    public Optional<Order> update(Order changed) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        UPDATE orders SET status = :status, updated_at = :updatedAt, version = version + 1
                         WHERE id = :id AND version = :version
                        RETURNING\s""" + COLUMNS)
                .bind("id", changed.id().value())
                .bind("version", changed.version())
                .bind("status", changed.status().code())
                .bind("updatedAt", Timestamps.of(changed.updatedAt()))
                .map(JdbiOrderRepository::header)
                .findOne()
                .map(header -> header.with(changed.lines())));
    }

    @Override
    public List<Order> list(OrderQuery query, long offset, int limit) {
        return jdbi.withHandle(handle -> withLines(handle, bindFilter(handle.createQuery(
                        "SELECT " + COLUMNS + " FROM orders WHERE " + filter(query)
                                + " ORDER BY created_at DESC, id DESC OFFSET :offset LIMIT :limit"), query)
                .bind("offset", offset)
                .bind("limit", limit)
                .map(JdbiOrderRepository::header)
                .list()));
    }

    @Override
    public long count(OrderQuery query) {
        return jdbi.withHandle(handle -> bindFilter(handle.createQuery("SELECT count(*) FROM orders WHERE " + filter(query)),
                query).mapTo(Long.class).one());
    }

    @Override
    public List<Order> listAfter(OrderQuery query, Optional<OrderCursor> after, int limit) {
        // A row comparison on (created_at, id) walks the index from the cursor: cost does not grow with depth.
        String keyset = after.isPresent() ? " AND (created_at, id) < (:afterCreatedAt, :afterId)" : "";
        return jdbi.withHandle(handle -> {
            Query select = bindFilter(handle.createQuery("SELECT " + COLUMNS + " FROM orders WHERE " + filter(query)
                    + keyset + " ORDER BY created_at DESC, id DESC LIMIT :limit"), query).bind("limit", limit);
            after.ifPresent(cursor -> select.bind("afterCreatedAt", Timestamps.of(cursor.createdAt()))
                    .bind("afterId", cursor.id().value()));
            return withLines(handle, select.map(JdbiOrderRepository::header).list());
        });
    }

    private static String filter(OrderQuery query) {
        return "TRUE" + (query.owner().isPresent() ? " AND user_id = :owner" : "")
                + (query.status().isPresent() ? " AND status = :status" : "");
    }

    private static Query bindFilter(Query statement, OrderQuery query) {
        query.owner().ifPresent(owner -> statement.bind("owner", owner.value()));
        query.status().ifPresent(status -> statement.bind("status", status.code()));
        return statement;
    }

    /** Loads the lines of all the given orders in one statement. */
    private static List<Order> withLines(Handle handle, List<Header> headers) {
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrderLine>> lines = new LinkedHashMap<>();
        headers.forEach(header -> lines.put(header.id().value(), new ArrayList<>()));
        handle.createQuery("""
                        SELECT order_id, sku, quantity, unit_price FROM order_lines
                         WHERE order_id = ANY(:ids) ORDER BY order_id, position""")
                .bindArray("ids", Long.class, lines.keySet().toArray(Long[]::new))
                .map((row, ctx) -> {
                    lines.get(row.getLong("order_id")).add(new OrderLine(new Sku(row.getString("sku")),
                            new Quantity(row.getInt("quantity")), new Money(row.getLong("unit_price"))));
                    return null;
                })
                .list();
        return headers.stream().map(header -> header.with(lines.get(header.id().value()))).toList();
    }

    private static Header header(ResultSet row, org.jdbi.v3.core.statement.StatementContext context) throws SQLException {
        return new Header(OrderId.of(row.getLong("id")), UserId.of(row.getLong("user_id")),
                new CurrencyCode(row.getString("currency")), OrderStatus.fromCode(row.getString("status")),
                Timestamps.read(row, "created_at"), Timestamps.read(row, "updated_at"), row.getLong("version"),
                placedBy(row));
    }

    private static PlacedBy placedBy(ResultSet row) throws SQLException {
        String kind = row.getString("placed_by");
        if (kind == null) {
            return PlacedBy.owner();
        }
        return kind.equals(PlacedBy.Kind.ADMIN.code()) ? PlacedBy.admin(UserId.of(row.getLong("placed_by_user_id")))
                : PlacedBy.operator();
    }
}
