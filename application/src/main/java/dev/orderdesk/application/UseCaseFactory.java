package dev.orderdesk.application;

import dev.orderdesk.application.policy.AddressLimitPolicy;
import dev.orderdesk.application.policy.CallerCache;
import dev.orderdesk.application.policy.IdempotencyPolicy;
import dev.orderdesk.application.policy.LockoutPolicy;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.service.auth.AdmitClientService;
import dev.orderdesk.application.service.auth.AuthenticateService;
import dev.orderdesk.application.service.auth.CurrentPasswordCheck;
import dev.orderdesk.application.service.auth.LoginService;
import dev.orderdesk.application.service.auth.LogoutService;
import dev.orderdesk.application.service.auth.RefreshTokensService;
import dev.orderdesk.application.service.auth.TokenPairIssuer;
import dev.orderdesk.application.service.health.CheckReadinessService;
import dev.orderdesk.application.service.order.ChangeOrderStatusService;
import dev.orderdesk.application.service.order.CreateOrderService;
import dev.orderdesk.application.service.order.GetOrderService;
import dev.orderdesk.application.service.order.ListOrdersService;
import dev.orderdesk.application.service.order.PlaceOrderOnBehalfService;
import dev.orderdesk.application.service.user.AdminUpdateUserService;
import dev.orderdesk.application.service.user.CreateAdminService;
import dev.orderdesk.application.service.user.FindUserByEmailService;
import dev.orderdesk.application.service.user.GetUserService;
import dev.orderdesk.application.service.user.ListUsersService;
import dev.orderdesk.application.service.user.RegisterUserService;
import dev.orderdesk.application.service.user.UpdateProfileService;
import java.time.Clock;

/**
 * Builds the whole catalogue from the driven ports, the policies' settings and a clock: the one place services are
 * constructed. Building hashes one dummy password (for constant-time login failures), so it takes as long as one hash.
 */
public final class UseCaseFactory {

    private UseCaseFactory() {
    }

    /**
     * Builds every service once, each over only the ports it uses.
     *
     * @param ports    the adapters of every driven port
     * @param policies the product rules' settings; {@link PolicySettings#DEFAULTS} for Orderdesk's own
     * @param clock    the source of every instant the core records or judges by
     * @return the catalogue, grouped by user, auth and order use cases
     */
    public static UseCases build(DrivenPorts ports, PolicySettings policies, Clock clock) {
        LockoutPolicy lockout = new LockoutPolicy(ports.loginAttempts(), policies.lockout());
        CurrentPasswordCheck passwordCheck = new CurrentPasswordCheck(ports.passwordHasher(), lockout);
        CallerCache callers = CallerCache.hearing(ports.accountChanges(), policies.callers(), clock);
        return new UseCases(users(ports, passwordCheck, callers, clock), auth(ports, policies, passwordCheck, callers, clock),
                orders(ports, new IdempotencyPolicy(ports.idempotency(), policies.idempotency()), clock),
                new CheckReadinessService(ports.healthProbes()));
    }

    private static UserUseCases users(DrivenPorts ports, CurrentPasswordCheck passwordCheck, CallerCache callers,
                                      Clock clock) {
        return new UserUseCases(
                new RegisterUserService(ports.users(), ports.passwordHasher(), ports.transactions(), clock),
                new GetUserService(ports.users(), ports.transactions()),
                new FindUserByEmailService(ports.users(), ports.transactions()),
                new ListUsersService(ports.users(), ports.transactions()),
                new UpdateProfileService(ports.users(), ports.refreshTokens(), ports.passwordHasher(), passwordCheck,
                        callers, ports.transactions(), clock),
                new AdminUpdateUserService(ports.users(), ports.refreshTokens(), callers, ports.transactions(), clock),
                new CreateAdminService(ports.users(), ports.passwordHasher(), ports.transactions(), clock));
    }

    private static AuthUseCases auth(DrivenPorts ports, PolicySettings policies, CurrentPasswordCheck passwordCheck,
                                     CallerCache callers, Clock clock) {
        TokenPairIssuer issuer = new TokenPairIssuer(ports.accessTokens(), ports.refreshTokenGenerator(),
                ports.refreshTokens(), policies.sessions().refreshTokenLifetime());
        return new AuthUseCases(
                new LoginService(ports.users(), passwordCheck, issuer, ports.transactions(), clock),
                new RefreshTokensService(ports.users(), ports.refreshTokenGenerator(), ports.refreshTokens(), issuer,
                        ports.transactions(), clock),
                new LogoutService(ports.refreshTokenGenerator(), ports.refreshTokens(), ports.transactions(), clock),
                new AuthenticateService(ports.accessTokens(), ports.users(), callers, ports.transactions()),
                new AdmitClientService(new AddressLimitPolicy(ports.addressAttempts(), policies.addressLimit()), clock));
    }

    private static OrderUseCases orders(DrivenPorts ports, IdempotencyPolicy idempotency, Clock clock) {
        CreateOrderService create = new CreateOrderService(ports.orders(), ports.idempotency(), idempotency,
                ports.transactions(), clock);
        return new OrderUseCases(create,
                new GetOrderService(ports.orders(), ports.transactions()),
                new ListOrdersService(ports.orders(), ports.transactions()),
                new ChangeOrderStatusService(ports.orders(), ports.transactions(), clock),
                new PlaceOrderOnBehalfService(ports.users(), create, ports.transactions(), clock));
    }
}
