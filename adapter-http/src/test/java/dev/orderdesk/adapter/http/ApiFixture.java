package dev.orderdesk.adapter.http;

import dev.orderdesk.application.fakes.CountingLoginThrottle;
import dev.orderdesk.application.fakes.FakeAccessTokens;
import dev.orderdesk.application.fakes.FakePasswordHasher;
import dev.orderdesk.application.fakes.InMemoryIdempotencyStore;
import dev.orderdesk.application.fakes.InMemoryOrderRepository;
import dev.orderdesk.application.fakes.InMemoryRefreshTokenStore;
import dev.orderdesk.application.fakes.InMemoryUserRepository;
import dev.orderdesk.application.fakes.MutableClock;
import dev.orderdesk.application.fakes.RecordingTransactionRunner;
import dev.orderdesk.application.fakes.SequentialRefreshTokens;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.service.auth.AdmitClientService;
import dev.orderdesk.application.service.auth.AuthServices;
import dev.orderdesk.application.service.auth.AuthenticateService;
import dev.orderdesk.application.service.auth.LoginService;
import dev.orderdesk.application.service.auth.LogoutService;
import dev.orderdesk.application.service.auth.RefreshTokensService;
import dev.orderdesk.application.service.order.ChangeOrderStatusService;
import dev.orderdesk.application.service.order.CreateOrderService;
import dev.orderdesk.application.service.order.GetOrderService;
import dev.orderdesk.application.service.order.ListOrdersService;
import dev.orderdesk.application.service.user.AdminUpdateUserService;
import dev.orderdesk.application.service.user.CreateAdminService;
import dev.orderdesk.application.service.user.GetUserService;
import dev.orderdesk.application.service.user.ListUsersService;
import dev.orderdesk.application.service.user.RegisterUserService;
import dev.orderdesk.application.service.user.UpdateProfileService;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The real services over in-memory fakes behind the HTTP API, so the HTTP tests exercise real behaviour without a
 * database. {@link #LIMITED_ADDRESS} is over its rate limit.
 */
final class ApiFixture implements AutoCloseable {

    static final String LIMITED_ADDRESS = "203.0.113.9";

    final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T08:00:00.123456Z"));
    final InMemoryUserRepository users = new InMemoryUserRepository();
    private final RecordingTransactionRunner transactions = new RecordingTransactionRunner();
    private final FakePasswordHasher hasher = new FakePasswordHasher(transactions);
    private final InMemoryRefreshTokenStore refreshStore = new InMemoryRefreshTokenStore();
    final FakeAccessTokens accessTokens = new FakeAccessTokens(clock);
    private final Map<String, Boolean> limited = new ConcurrentHashMap<>();
    private final CountingLoginThrottle loginThrottle = new CountingLoginThrottle(5, Duration.ofMinutes(15));
    private final AuthServices ports = new AuthServices(users, hasher, accessTokens, new SequentialRefreshTokens(),
            refreshStore, loginThrottle,
            (address, now) -> limited.containsKey(address) ? Optional.of(Duration.ofSeconds(30)) : Optional.empty(),
            transactions, clock, Duration.ofDays(7));
    final UserUseCases userUseCases;
    final AuthUseCases authUseCases;
    final OrderUseCases orderUseCases;
    final RunningApi api;

    ApiFixture(long maxBodyBytes, List<String> trustedProxies) {
        limited.put(LIMITED_ADDRESS, true);
        this.userUseCases = new UserUseCases(
                new RegisterUserService(users, hasher, transactions, clock),
                new GetUserService(users, transactions),
                new ListUsersService(users, transactions),
                new UpdateProfileService(users, refreshStore, hasher, loginThrottle, transactions, clock),
                new AdminUpdateUserService(users, refreshStore, transactions, clock));
        this.authUseCases = new AuthUseCases(new LoginService(ports), new RefreshTokensService(ports),
                new LogoutService(ports), new AuthenticateService(ports), new AdmitClientService(ports));
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        this.orderUseCases = new OrderUseCases(
                new CreateOrderService(orders, new InMemoryIdempotencyStore(), transactions, clock),
                new GetOrderService(orders, transactions), new ListOrdersService(orders, transactions),
                new ChangeOrderStatusService(orders, transactions, clock));
        this.api = new RunningApi(userUseCases, authUseCases, orderUseCases, RunningApi.alwaysReady(), maxBodyBytes,
                trustedProxies);
    }

    ApiFixture() {
        this(1024 * 1024, List.of());
    }

    User user(String email) {
        return new dev.orderdesk.application.service.user.RegisterUserService(users, hasher, transactions, clock).register(
                new RegisterUserCommand(Email.parse(email), UserName.parse("User"), PlainPassword.of("user-password")));
    }

    User admin(String email) {
        return new CreateAdminService(users, hasher, transactions, clock).create(
                new RegisterUserCommand(Email.parse(email), UserName.parse("Admin"), PlainPassword.of("admin-password")));
    }

    String bearer(User user) {
        return "Bearer " + accessTokens.issue(user.id(), user.role(), clock.instant()).token();
    }

    @Override
    public void close() {
        api.close();
    }
}
