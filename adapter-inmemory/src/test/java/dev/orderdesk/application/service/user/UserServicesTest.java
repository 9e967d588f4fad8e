package dev.orderdesk.application.service.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.orderdesk.adapter.inmemory.testfixtures.FakePasswordHasher;
import dev.orderdesk.adapter.inmemory.testfixtures.InMemoryCore;
import dev.orderdesk.adapter.inmemory.testfixtures.RecordingTransactionRunner;
import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.in.user.ListUsersUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserCommand;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.PlainPassword;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.domain.user.UserName;
import dev.orderdesk.testkit.time.ControllableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UserServicesTest {

    private static final Caller ADMIN = new Caller(UserId.of(1_000_000), Role.ADMIN);

    private final InMemoryCore core = new InMemoryCore(Instant.parse("2026-05-01T08:00:00Z"));
    private final ControllableClock clock = core.clock;
    private final RecordingTransactionRunner transactions = core.transactions;
    private final UserRepository users = core.users;
    private final FakePasswordHasher hasher = core.hasher;

    private final RegisterUserUseCase register = core.useCases.users().register();
    private final GetUserUseCase get = core.useCases.users().get();
    private final ListUsersUseCase list = core.useCases.users().list();

    @Test
    void registersAnOrdinaryUserWithAHashedPasswordInOneTransaction() {
        User user = register.register(command("Ada@Example.org", "s3cret-password"));

        assertThat(user.email().value()).isEqualTo("ada@example.org");
        assertThat(user.role()).isEqualTo(Role.USER);
        assertThat(user.createdAt()).isEqualTo(clock.instant());
        assertThat(user.passwordHash().value()).isNotEqualTo("s3cret-password");
        assertThat(hasher.matches(PlainPassword.of("s3cret-password"), user.passwordHash())).isTrue();
        assertThat(users.findById(user.id())).contains(user);
        assertThat(transactions.opened()).isEqualTo(1);
        assertThat(transactions.calls()).contains(new RecordingTransactionRunner.Call("users.add", true));
    }

    @Test
    void aRegistrationThatLosesTheEmailRaceLeavesNothingBehind() {
        register.register(command("ada@example.org", "s3cret-password"));
        long before = users.countActive();

        assertThatThrownBy(() -> register.register(command("ADA@example.org", "another-password")))
                .isInstanceOf(DomainException.class);

        assertThat(users.countActive()).isEqualTo(before);
        assertThat(transactions.calls()).filteredOn(call -> call.operation().equals("users.add"))
                .allMatch(RecordingTransactionRunner.Call::inTransaction);
    }

    @Test
    void rejectsSecondRegistrationWithSameEmailInOtherCase() {
        register.register(command("ada@example.org", "s3cret-password"));

        assertThatThrownBy(() -> register.register(command("ADA@example.ORG", "another-password")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.EMAIL_TAKEN));
        assertThat(users.countActive()).isEqualTo(1);
    }

    @Test
    void getsAStoredUserAndReportsAMissingOneAsNotFound() {
        User ada = register.register(command("ada@example.org", "s3cret-password"));

        assertThat(get.get(new Caller(ada.id(), Role.USER), ada.id())).isEqualTo(ada);
        assertThatThrownBy(() -> get.get(ADMIN, UserId.of(999)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.USER_NOT_FOUND));
    }

    @Test
    void listsNewestFirstWithTheTotalOfAllPages() {
        User first = register.register(command("a@example.org", "s3cret-password"));
        clock.advance(Duration.ofSeconds(1));
        User second = register.register(command("b@example.org", "s3cret-password"));
        clock.advance(Duration.ofSeconds(1));
        User third = register.register(command("c@example.org", "s3cret-password"));

        Page<User> page = list.list(ADMIN, new PageRequest(1, 1));

        assertThat(page.items()).containsExactly(second);
        assertThat(page.total()).isEqualTo(3);
        assertThat(list.list(ADMIN, PageRequest.first()).items()).containsExactly(third, second, first);
    }

    @Test
    void pageRequestsOutOfRangeListEveryProblem() {
        assertThatThrownBy(() -> new PageRequest(-1, 0))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("offset", "limit"));
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_LIMIT + 1)).isInstanceOf(DomainException.class);
    }

    private static RegisterUserCommand command(String email, String password) {
        return new RegisterUserCommand(Email.parse(email), UserName.parse("Ada"), PlainPassword.of(password));
    }
}
