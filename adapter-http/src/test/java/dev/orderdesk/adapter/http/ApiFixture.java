package dev.orderdesk.adapter.http;

import dev.orderdesk.adapter.http.JsonLimits;
import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Instant;
import java.util.List;

/**
 * The real catalogue over in-memory fakes behind the HTTP API, so the HTTP tests exercise real behaviour without a
 * database. {@link #LIMITED_ADDRESS} is always over its per-address limit.
 */
final class ApiFixture implements AutoCloseable {

    static final String LIMITED_ADDRESS = "203.0.113.9";

    final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00.123456Z"),
            (address, windowStart, window) -> address.equals(LIMITED_ADDRESS) ? Long.MAX_VALUE : 1,
            PolicySettings.DEFAULTS);
    final ControllableClock clock = core.clock;
    final UserRepository users = core.users;
    final RunningApi api;

    ApiFixture(long maxBodyBytes, List<String> trustedProxies) {
        this.api = new RunningApi(core.useCases, maxBodyBytes, trustedProxies);
    }

    ApiFixture(long maxBodyBytes, JsonLimits jsonLimits) {
        this.api = new RunningApi(core.useCases, maxBodyBytes, List.of(), jsonLimits);
    }

    ApiFixture() {
        this(1024 * 1024, List.of());
    }

    User user(String email) {
        return core.useCases.users().register().register(
                new RegisterUserCommand(Email.parse(email), UserName.parse("User"), PlainPassword.of("user-password")));
    }

    User admin(String email) {
        return core.useCases.users().createAdmin().create(
                new RegisterUserCommand(Email.parse(email), UserName.parse("Admin"), PlainPassword.of("admin-password")));
    }

    String bearer(User user) {
        return "Bearer " + core.accessTokens.issue(user.id(), user.role(), clock.instant()).token();
    }

    @Override
    public void close() {
        api.close();
    }
}
