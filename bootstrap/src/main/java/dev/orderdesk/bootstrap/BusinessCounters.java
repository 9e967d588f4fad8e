package dev.orderdesk.bootstrap;

import dev.orderdesk.application.AuthUseCases;
import dev.orderdesk.application.OrderUseCases;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.UserUseCases;
import dev.orderdesk.application.port.in.auth.LoginUseCase;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.in.order.ChangeOrderStatusUseCase;
import dev.orderdesk.application.port.in.order.CreateOrderUseCase;
import dev.orderdesk.application.port.in.order.OrderAction;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.order.PlaceOrderOnBehalfUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.user.User;
import io.micrometer.core.instrument.Counter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Counts business events by decorating the use cases (they are one-method interfaces), so neither the core nor
 * the adapters know about metrics.
 */
final class BusinessCounters {

    private final Counter usersRegistered;
    private final Counter loginsSucceeded;
    private final Counter loginsFailed;
    private final Counter ordersCreated;
    private final Map<OrderAction, Counter> transitions = new EnumMap<>(OrderAction.class);

    BusinessCounters(MicrometerMetrics metrics) {
        usersRegistered = metrics.counter("orderdesk.users.registered", "Users who registered");
        loginsSucceeded = metrics.counter("orderdesk.logins", "Login attempts by outcome", "outcome", "success");
        loginsFailed = metrics.counter("orderdesk.logins", "Login attempts by outcome", "outcome", "failure");
        ordersCreated = metrics.counter("orderdesk.orders.placed", "Orders created (replays excluded)");
        for (OrderAction action : OrderAction.values()) {
            transitions.put(action, metrics.counter("orderdesk.orders.transitions", "Order status changes by action",
                    "action", action.name().toLowerCase(Locale.ROOT)));
        }
    }

    UseCases count(UseCases useCases) {
        return new UseCases(count(useCases.users()), count(useCases.auth()), count(useCases.orders()),
                useCases.readiness());
    }

    private UserUseCases count(UserUseCases users) {
        RegisterUserUseCase register = command -> {
            User user = users.register().register(command);
            usersRegistered.increment();
            return user;
        };
        return new UserUseCases(register, users.get(), users.findByEmail(), users.list(), users.updateProfile(),
                users.adminUpdate(), users.createAdmin());
    }

    private AuthUseCases count(AuthUseCases auth) {
        LoginUseCase login = command -> {
            try {
                TokenPair pair = auth.login().login(command);
                loginsSucceeded.increment();
                return pair;
            } catch (DomainException failure) {
                loginsFailed.increment();
                throw failure;
            }
        };
        return new AuthUseCases(login, auth.refresh(), auth.logout(), auth.authenticate(), auth.admitClient());
    }

    private OrderUseCases count(OrderUseCases orders) {
        CreateOrderUseCase create = (caller, command, key) -> counted(orders.create().create(caller, command, key));
        PlaceOrderOnBehalfUseCase placeOnBehalf = (caller, owner, command, key) ->
                counted(orders.placeOnBehalf().place(caller, owner, command, key));
        ChangeOrderStatusUseCase change = (caller, id, action) -> {
            var order = orders.changeStatus().apply(caller, id, action);
            transitions.get(action).increment();
            return order;
        };
        return new OrderUseCases(create, orders.get(), orders.list(), change, placeOnBehalf);
    }

    private OrderCreation counted(OrderCreation creation) {
        if (!creation.replayed()) {
            ordersCreated.increment();
        }
        return creation;
    }
}
