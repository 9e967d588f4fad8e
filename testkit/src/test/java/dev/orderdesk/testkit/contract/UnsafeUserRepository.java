package dev.orderdesk.testkit.contract;

import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The repository a hurried developer writes: plain maps, check then put, no locking. Correct on one thread, so it
 * passes every case of the contract but the races — which must catch it in every run.
 */
final class UnsafeUserRepository implements UserRepository {

    private final Map<Email, User> byEmail = new HashMap<>();
    private final Map<UserId, User> byId = new HashMap<>();
    private long lastId;

    @Override
    public Optional<User> add(NewUser candidate) {
        if (byEmail.containsKey(candidate.email())) {
            return Optional.empty();
        }
        User stored = User.created(UserId.of(++lastId), candidate);
        byEmail.put(stored.email(), stored);
        byId.put(stored.id(), stored);
        return Optional.of(stored);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return Optional.ofNullable(byEmail.get(email));
    }

    @Override
    public Optional<User> update(User changed) {
        User current = byId.get(changed.id());
        if (current == null || current.version() != changed.version()) {
            return Optional.empty();
        }
        User stored = User.restore(changed.id(), changed.email(), changed.name(), changed.passwordHash(),
                changed.role(), changed.isActive(), changed.createdAt(), changed.updatedAt(), changed.version() + 1);
        byId.put(stored.id(), stored);
        byEmail.put(stored.email(), stored);
        return Optional.of(stored);
    }

    @Override
    public boolean anyAdmin() {
        return byId.values().stream().anyMatch(User::isAdmin);
    }

    @Override
    public List<User> listActive(long offset, int limit) {
        return byId.values().stream()
                .filter(User::isActive)
                .sorted(Comparator.comparing(User::createdAt).thenComparing(user -> user.id().value()).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long countActive() {
        return byId.values().stream().filter(User::isActive).count();
    }
}
