package dev.orderdesk.application.service.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.orderdesk.adapter.inmemory.testfixtures.FakePasswordHasher;
import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.adapter.inmemory.InMemoryPorts;
import dev.orderdesk.application.policy.PolicySettings;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.auth.AdmitClientUseCase;
import dev.orderdesk.application.port.in.auth.AuthenticateUseCase;
import dev.orderdesk.application.port.in.auth.LoginCommand;
import dev.orderdesk.application.port.in.auth.LoginUseCase;
import dev.orderdesk.application.port.in.auth.LogoutUseCase;
import dev.orderdesk.application.port.in.auth.RefreshTokensUseCase;
import dev.orderdesk.application.port.in.auth.TokenPair;
import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.in.user.UpdateProfileCommand;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.RateLimitedException;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Login, rotation, reuse detection, logout, authentication and limits, on fakes with a clock the test moves. */
class AuthServicesTest {

    // 203.0.113.9 is always over its per-address limit.
    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:18Z"),
            (key, windowStart, window) -> key.equals("203.0.113.9") ? Long.MAX_VALUE : 1, PolicySettings.DEFAULTS);
    private final ControllableClock clock = core.clock;
    private final UserRepository users = core.users;
    private final FakePasswordHasher hasher = core.hasher;

    private final LoginUseCase login = core.useCases.auth().login();
    private final RefreshTokensUseCase refresh = core.useCases.auth().refresh();
    private final LogoutUseCase logout = core.useCases.auth().logout();
    private final AuthenticateUseCase authenticate = core.useCases.auth().authenticate();
    private final AdmitClientUseCase admit = core.useCases.auth().admitClient();
    private final User ada = core.useCases.users().register()
            .register(new RegisterUserCommand(Email.parse("ada@example.org"), UserName.parse("Ada"),
                    PlainPassword.of("ada-password")));

    @Test
    void logsInWithTheRightPasswordAndTheAccessTokenAuthenticates() {
        TokenPair pair = login.login(new LoginCommand(" ADA@example.org ", "ada-password"));

        assertThat(pair.accessTokenLifetime()).isEqualTo(InMemoryPorts.ACCESS_TOKEN_LIFETIME);
        assertThat(authenticate.authenticate(pair.accessToken())).isEqualTo(new Caller(ada.id(), Role.USER));
    }

    @Test
    void everyFailureLooksTheSameAndCostsOneComparison() {
        int before = hasher.comparisons();
        DomainException wrongPassword = failure(() -> login.login(new LoginCommand("ada@example.org", "wrong-password")));
        DomainException unknownEmail = failure(() -> login.login(new LoginCommand("nobody@example.org", "ada-password")));
        DomainException malformed = failure(() -> login.login(new LoginCommand("not an email", "short")));

        for (DomainException e : new DomainException[]{wrongPassword, unknownEmail, malformed}) {
            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
            assertThat(e.getMessage()).isEqualTo(wrongPassword.getMessage());
        }
        assertThat(hasher.comparisons() - before).isEqualTo(3);
    }

    @Test
    void loginsRefusedBeforeAnyPasswordCheckDoNotCountTowardsTheLockout() {
        hasher.busy(true);
        for (int i = 0; i < 10; i++) {
            assertThat(failure(() -> login.login(new LoginCommand("ada@example.org", "ada-password"))).code())
                    .isEqualTo(ErrorCode.SERVER_BUSY);
        }
        hasher.busy(false);

        assertThat(login.login(new LoginCommand("ada@example.org", "ada-password")).accessToken()).isNotBlank();
    }

    @Test
    void anInactiveAccountCannotLogIn() {
        deactivate(ada);

        assertThat(failure(() -> login.login(new LoginCommand("ada@example.org", "ada-password"))).code())
                .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }

    @Test
    void fiveFailuresLockTheEmailOutEvenForTheRightPasswordUntilTheWindowPasses() {
        for (int i = 0; i < 5; i++) {
            failure(() -> login.login(new LoginCommand("ada@example.org", "wrong-password")));
        }

        Throwable locked = catchThrowable(() -> login.login(new LoginCommand("Ada@Example.org", "ada-password")));
        assertThat(locked).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)))
                .hasMessage("Too many failed logins for this account; try again later");

        clock.advance(Duration.ofMinutes(15));
        assertThat(login.login(new LoginCommand("ada@example.org", "ada-password")).accessToken()).isNotBlank();
    }

    @Test
    void refreshRotatesAndTheOldTokenCannotBeUsedAgain() {
        TokenPair first = login.login(new LoginCommand("ada@example.org", "ada-password"));

        TokenPair second = refresh.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(authenticate.authenticate(second.accessToken()).id()).isEqualTo(ada.id());
        assertThat(failure(() -> refresh.refresh(first.refreshToken())).code()).isEqualTo(ErrorCode.REFRESH_TOKEN_REUSED);
    }

    @Test
    void reusingAConsumedTokenRevokesTheWholeFamilyButNotOtherLogins() {
        TokenPair victim = login.login(new LoginCommand("ada@example.org", "ada-password"));
        TokenPair otherDevice = login.login(new LoginCommand("ada@example.org", "ada-password"));
        TokenPair rotated = refresh.refresh(victim.refreshToken());

        failure(() -> refresh.refresh(victim.refreshToken()));

        assertThat(failure(() -> refresh.refresh(rotated.refreshToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(refresh.refresh(otherDevice.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void expiredAndUnknownRefreshTokensAreInvalid() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));
        clock.advance(Duration.ofDays(7));

        assertThat(failure(() -> refresh.refresh(pair.refreshToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(failure(() -> refresh.refresh("made-up")).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(failure(() -> refresh.refresh("")).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void accessTokensExpireWithTheClock() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));
        clock.advance(InMemoryPorts.ACCESS_TOKEN_LIFETIME);

        assertThat(failure(() -> authenticate.authenticate(pair.accessToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void logoutRevokesTheFamilyAndIsIdempotent() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));

        logout.logout(pair.refreshToken());
        logout.logout(pair.refreshToken());
        logout.logout("never-issued");

        assertThat(failure(() -> refresh.refresh(pair.refreshToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void aDeactivatedUsersAccessTokenIsRefusedOnTheNextRequest() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));
        deactivate(ada);

        assertThat(failure(() -> authenticate.authenticate(pair.accessToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
        assertThat(failure(() -> refresh.refresh(pair.refreshToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void aCallerIsReadOnceAndThenRemembered() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));

        for (int i = 0; i < 3; i++) {
            assertThat(authenticate.authenticate(pair.accessToken())).isEqualTo(new Caller(ada.id(), Role.USER));
        }

        assertThat(accountReads()).isEqualTo(1);
    }

    @Test
    void aRememberedCallerDeactivatedByAnAdminIsRefusedOnTheNextRequest() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));
        authenticate.authenticate(pair.accessToken());

        deactivate(ada);

        assertThat(failure(() -> authenticate.authenticate(pair.accessToken())).code()).isEqualTo(ErrorCode.INVALID_TOKEN);
    }

    @Test
    void aRememberedCallersNewRoleAppliesOnTheNextRequest() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));
        authenticate.authenticate(pair.accessToken());

        core.useCases.users().adminUpdate().update(Caller.operator(), ada.id(),
                new AdminUpdateUserCommand(Optional.empty(), Optional.of(Role.ADMIN), Optional.empty()));

        assertThat(authenticate.authenticate(pair.accessToken())).isEqualTo(new Caller(ada.id(), Role.ADMIN));
    }

    @Test
    void aPasswordChangeMakesTheNextRequestReadTheAccountAgainAndTheAccessTokenStaysValidAsBefore() {
        TokenPair pair = login.login(new LoginCommand("ada@example.org", "ada-password"));
        Caller caller = authenticate.authenticate(pair.accessToken());

        core.useCases.users().updateProfile().update(caller, new UpdateProfileCommand(Optional.empty(),
                Optional.of(PlainPassword.of("new-ada-password")), Optional.of(PlainPassword.of("ada-password"))));
        long readsBefore = accountReads();

        // Only the role and the active flag decide authentication; a password change revokes refresh tokens only.
        assertThat(authenticate.authenticate(pair.accessToken())).isEqualTo(caller);
        assertThat(accountReads()).isEqualTo(readsBefore + 1);
    }

    @Test
    void addressesOverTheirLimitAreToldHowLongToWait() {
        admit.admit("198.51.100.1");

        assertThat(catchThrowable(() -> admit.admit("203.0.113.9"))).isInstanceOfSatisfying(RateLimitedException.class,
                e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(42))); // until the next minute
    }

    private void deactivate(User user) {
        User admin = users.add(dev.orderdesk.domain.user.NewUser.admin(Email.parse("root@example.org"),
                UserName.parse("Root"), hasher.hash(PlainPassword.of("root-password")), clock.instant())).orElseThrow();
        core.useCases.users().adminUpdate().update(new Caller(admin.id(), Role.ADMIN),
                user.id(), new AdminUpdateUserCommand(Optional.empty(), Optional.empty(), Optional.of(false)));
    }

    private long accountReads() {
        return core.transactions.calls().stream().filter(call -> call.operation().equals("users.findById")).count();
    }

    private static DomainException failure(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainException.class);
        return (DomainException) thrown;
    }
}
