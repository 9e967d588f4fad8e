package dev.orderdesk.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.inmemory.testfixtures.FakePasswordHasher;
import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.user.AdminUpdateUserCommand;
import dev.orderdesk.application.port.in.user.AdminUpdateUserUseCase;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.FindUserByEmailUseCase;
import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.in.user.ListUsersUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.application.port.in.user.UpdateProfileCommand;
import dev.orderdesk.application.port.in.user.UpdateProfileUseCase;
import dev.orderdesk.application.port.out.RefreshTokenHash;
import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Who may do what to which user: decided in the services, so every driving adapter obeys it. */
class UserAuthorisationTest {

    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"));
    private final ControllableClock clock = core.clock;
    private final UserRepository users = core.users;
    private final RefreshTokenStore refreshTokens = core.refreshTokens;
    private final FakePasswordHasher hasher = core.hasher;

    private final RegisterUserUseCase register = core.useCases.users().register();
    private final CreateAdminUseCase createAdmin = core.useCases.users().createAdmin();
    private final GetUserUseCase get = core.useCases.users().get();
    private final FindUserByEmailUseCase findByEmail = core.useCases.users().findByEmail();
    private final ListUsersUseCase list = core.useCases.users().list();
    private final UpdateProfileUseCase updateProfile = core.useCases.users().updateProfile();
    private final AdminUpdateUserUseCase adminUpdate = core.useCases.users().adminUpdate();

    private final User ada = register.register(command("ada@example.org", "ada-password"));
    private final User bob = register.register(command("bob@example.org", "bob-password"));
    private final User root = createAdmin.create(command("root@example.org", "root-password"));

    @Test
    void aUserSeesThemselfButAnotherUserLooksExactlyLikeAMissingOne() {
        assertThat(get.get(caller(ada), ada.id())).isEqualTo(ada);
        assertThat(get.get(caller(root), ada.id())).isEqualTo(ada);

        DomainException hidden = catchDomain(() -> get.get(caller(bob), ada.id()));
        DomainException missing = catchDomain(() -> get.get(caller(root), dev.orderdesk.domain.user.UserId.of(424242)));
        assertThat(hidden.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(hidden.getMessage()).isEqualTo(missing.getMessage());
    }

    @Test
    void adminsAndTheOperatorFindUsersByEmailAndAUserFindsOnlyThemself() {
        assertThat(findByEmail.find(caller(root), Email.parse("ADA@example.org"))).isEqualTo(ada);
        assertThat(findByEmail.find(Caller.operator(), Email.parse("bob@example.org"))).isEqualTo(bob);
        assertThat(findByEmail.find(caller(ada), Email.parse("ada@example.org"))).isEqualTo(ada);

        DomainException hidden = catchDomain(() -> findByEmail.find(caller(bob), Email.parse("ada@example.org")));
        DomainException missing = catchDomain(() -> findByEmail.find(Caller.operator(), Email.parse("eve@example.org")));
        assertThat(hidden.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(missing.code()).isEqualTo(ErrorCode.USER_NOT_FOUND);
        assertThat(hidden.getMessage()).isEqualTo(missing.getMessage());
    }

    @Test
    void onlyAdminsListAndChangeOtherUsers() {
        assertThat(catchDomain(() -> list.list(caller(ada), PageRequest.first())).code()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(list.list(caller(root), PageRequest.first()).total()).isEqualTo(3);
        assertThat(catchDomain(() -> adminUpdate.update(caller(ada), bob.id(),
                new AdminUpdateUserCommand(Optional.empty(), Optional.of(Role.ADMIN), Optional.empty()))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void deactivationRevokesRefreshTokensAndHidesTheUserFromListings() {
        RefreshTokenHash token = new RefreshTokenHash("t1");
        refreshTokens.add(new RefreshTokenStore.NewRefreshToken(token, ada.id(), UUID.randomUUID(), clock.instant(),
                clock.instant().plus(Duration.ofDays(7))));

        User deactivated = adminUpdate.update(caller(root), ada.id(),
                new AdminUpdateUserCommand(Optional.of(UserName.parse("Ada L.")), Optional.empty(), Optional.of(false)));

        assertThat(deactivated.isActive()).isFalse();
        assertThat(deactivated.name().value()).isEqualTo("Ada L.");
        assertThat(deactivated.version()).isEqualTo(ada.version() + 1);
        assertThat(refreshTokens.consume(token, clock.instant()).outcome()).isEqualTo(RefreshTokenStore.Outcome.INVALID);
        assertThat(list.list(caller(root), PageRequest.first()).items()).doesNotContain(deactivated);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndRevokesEverySession() {
        RefreshTokenHash token = new RefreshTokenHash("t2");
        refreshTokens.add(new RefreshTokenStore.NewRefreshToken(token, ada.id(), UUID.randomUUID(), clock.instant(),
                clock.instant().plus(Duration.ofDays(7))));
        UpdateProfileCommand withoutCurrent = new UpdateProfileCommand(Optional.empty(),
                Optional.of(PlainPassword.of("new-password")), Optional.empty());
        UpdateProfileCommand withWrongCurrent = new UpdateProfileCommand(Optional.empty(),
                Optional.of(PlainPassword.of("new-password")), Optional.of(PlainPassword.of("wrong-password")));

        assertThat(catchDomain(() -> updateProfile.update(caller(ada), withoutCurrent)).code())
                .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        assertThat(catchDomain(() -> updateProfile.update(caller(ada), withWrongCurrent)).code())
                .isEqualTo(ErrorCode.INVALID_CREDENTIALS);

        User changed = updateProfile.update(caller(ada), new UpdateProfileCommand(Optional.of(UserName.parse("Ada")),
                Optional.of(PlainPassword.of("new-password")), Optional.of(PlainPassword.of("ada-password"))));

        assertThat(hasher.matches(PlainPassword.of("new-password"), changed.passwordHash())).isTrue();
        assertThat(refreshTokens.consume(token, clock.instant()).outcome()).isEqualTo(RefreshTokenStore.Outcome.INVALID);
    }

    @Test
    void guessingTheCurrentPasswordLocksOutLikeLogins() {
        UpdateProfileCommand guess = new UpdateProfileCommand(Optional.empty(),
                Optional.of(PlainPassword.of("new-password")), Optional.of(PlainPassword.of("guess-password")));
        for (int i = 0; i < 5; i++) {
            assertThat(catchDomain(() -> updateProfile.update(caller(ada), guess)).code())
                    .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
        }

        DomainException locked = catchDomain(() -> updateProfile.update(caller(ada), new UpdateProfileCommand(
                Optional.empty(), Optional.of(PlainPassword.of("new-password")), Optional.of(PlainPassword.of("ada-password")))));
        assertThat(locked.code()).isEqualTo(ErrorCode.RATE_LIMITED);
        assertThat(locked).hasMessage("Too many wrong passwords for this account; try again later");
    }

    @Test
    void currentPasswordChecksRefusedForABusyHasherDoNotCountTowardsTheLockout() {
        UpdateProfileCommand change = new UpdateProfileCommand(Optional.empty(),
                Optional.of(PlainPassword.of("new-password")), Optional.of(PlainPassword.of("ada-password")));
        hasher.busy(true);
        for (int i = 0; i < 10; i++) {
            assertThat(catchDomain(() -> updateProfile.update(caller(ada), change)).code())
                    .isEqualTo(ErrorCode.SERVER_BUSY);
        }
        hasher.busy(false);

        assertThat(updateProfile.update(caller(ada), change).id()).isEqualTo(ada.id());
    }

    @Test
    void aChangeBasedOnAStaleReadLosesWithAConflict() {
        User stale = users.findById(bob.id()).orElseThrow();
        users.update(stale.rename(UserName.parse("Bobby"), clock.instant())).orElseThrow();

        assertThat(users.update(stale.rename(UserName.parse("Robert"), clock.instant()))).isEmpty();
        assertThat(users.findById(bob.id()).orElseThrow().name().value()).isEqualTo("Bobby");
    }

    @Test
    void theFirstAdminIsCreatedOnlyWhenThereIsNone() {
        assertThat(createAdmin.createIfNoAdminExists(command("second@example.org", "root-password"))).isEmpty();
        assertThat(users.findByEmail(Email.parse("second@example.org"))).isEmpty();
    }

    private static Caller caller(User user) {
        return new Caller(user.id(), user.role());
    }

    private static DomainException catchDomain(ThrowingCallable call) {
        return (DomainException) org.assertj.core.api.Assertions.catchThrowable(call);
    }

    private static RegisterUserCommand command(String email, String password) {
        return new RegisterUserCommand(Email.parse(email), UserName.parse("Someone"), PlainPassword.of(password));
    }

}
