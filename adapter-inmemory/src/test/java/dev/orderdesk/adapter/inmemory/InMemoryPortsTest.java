package dev.orderdesk.adapter.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.application.OrderdeskCore;
import dev.orderdesk.application.UseCases;
import dev.orderdesk.application.policy.LockoutSettings;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.auth.LoginCommand;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.in.order.CreateOrderCommand;
import dev.orderdesk.application.port.in.order.OrderCreation;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.order.CurrencyCode;
import dev.orderdesk.domain.order.IdempotencyKey;
import dev.orderdesk.domain.order.Order;
import dev.orderdesk.domain.order.OrderLine;
import dev.orderdesk.domain.order.OrderQuery;
import dev.orderdesk.domain.order.Quantity;
import dev.orderdesk.domain.order.Sku;
import dev.orderdesk.domain.order.UnitPrice;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The whole core over the in-memory adapters, wired in one line, as a team reusing it would. */
class InMemoryPortsTest {

    @Test
    void registersLogsInPlacesAnOrderIdempotentlyAndListsIt() {
        UseCases core = OrderdeskCore.builder().ports(InMemoryPorts.create()).build();

        User ada = core.users().register().register(new RegisterUserCommand(Email.parse("ada@example.org"),
                UserName.parse("Ada"), PlainPassword.of("ada-password")));
        TokenPair tokens = core.auth().login().login(new LoginCommand("ada@example.org", "ada-password"));
        Caller caller = core.auth().authenticate().authenticate(tokens.accessToken());
        CreateOrderCommand order = new CreateOrderCommand(new CurrencyCode("EUR"),
                List.of(new OrderLine(new Sku("BOOK-1"), new Quantity(2), UnitPrice.of(1_250))));
        Optional<IdempotencyKey> key = Optional.of(new IdempotencyKey("import-0001"));
        OrderCreation first = core.orders().create().create(caller, order, key);
        OrderCreation retry = core.orders().create().create(caller, order, key);
        Page<Order> listed = core.orders().list().list(caller, OrderQuery.all(), PageRequest.first());

        assertThat(caller.id()).isEqualTo(ada.id());
        assertThat(tokens.accessTokenLifetime()).isEqualTo(InMemoryPorts.ACCESS_TOKEN_LIFETIME);
        assertThat(first.replayed()).isFalse();
        assertThat(retry.replayed()).isTrue();
        assertThat(retry.order()).isEqualTo(first.order());
        assertThat(first.order().total().minorUnits()).isEqualTo(2_500);
        assertThat(listed.items()).containsExactly(first.order());
        assertThat(listed.total()).isEqualTo(1);
        assertThat(core.readiness().check().isReady()).isTrue();
    }

    @Test
    void storesNoClearTextPasswordAndRefusesAWrongOne() {
        UseCases core = OrderdeskCore.builder().ports(InMemoryPorts.create()).build();

        User ada = core.users().register().register(new RegisterUserCommand(Email.parse("ada@example.org"),
                UserName.parse("Ada"), PlainPassword.of("ada-password")));

        assertThat(ada.passwordHash().value()).doesNotContain("ada-password").startsWith("pbkdf2-sha256$");
        assertThatThrownBy(() -> core.auth().login().login(new LoginCommand("ada@example.org", "wrong-password")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS));
    }

    @Test
    void theDefaultsAreTheServicesOwnSystemClockAndPolicies() {
        UseCases core = OrderdeskCore.builder().ports(InMemoryPorts.create()).build();
        Instant before = Instant.now();

        User ada = core.users().register().register(new RegisterUserCommand(Email.parse("ada@example.org"),
                UserName.parse("Ada"), PlainPassword.of("ada-password")));
        for (int i = 0; i < LockoutSettings.DEFAULTS.maxFailures(); i++) {
            assertThatThrownBy(() -> core.auth().login().login(new LoginCommand("ada@example.org", "wrong-password")))
                    .isInstanceOf(DomainException.class);
        }

        assertThat(ada.createdAt()).isBetween(before.minusSeconds(1), Instant.now().plusSeconds(1));
        assertThatThrownBy(() -> core.auth().login().login(new LoginCommand("ada@example.org", "ada-password")))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void eachCallMakesIndependentStores() {
        UseCases first = OrderdeskCore.builder().ports(InMemoryPorts.create()).build();
        UseCases second = OrderdeskCore.builder().ports(InMemoryPorts.create()).build();
        RegisterUserCommand ada = new RegisterUserCommand(Email.parse("ada@example.org"), UserName.parse("Ada"),
                PlainPassword.of("ada-password"));

        first.users().register().register(ada);

        assertThat(second.users().register().register(ada).email()).isEqualTo(ada.email());
    }
}
