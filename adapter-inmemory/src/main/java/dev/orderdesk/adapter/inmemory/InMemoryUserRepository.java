package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.NewUser;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A thread-safe {@link UserRepository} held in maps; email uniqueness is atomic, as in the real store. */
final class InMemoryUserRepository implements UserRepository {

    private static final Comparator<User> NEWEST_FIRST = Comparator.comparing(User::createdAt)
            .thenComparing(user -> user.id().value()).reversed();

    private final InMemoryTransactionRunner transactions;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<Email, UserId> idsByEmail = new ConcurrentHashMap<>();
    private final Map<UserId, User> usersById = new ConcurrentHashMap<>();

    /** Changes made inside {@code transactions} are undone when they roll back. */
    InMemoryUserRepository(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<User> add(NewUser candidate) {
        UserId id = UserId.of(sequence.incrementAndGet());
        if (idsByEmail.putIfAbsent(candidate.email(), id) != null) {
            return Optional.empty();
        }
        User stored = User.created(id, candidate);
        usersById.put(id, stored);
        transactions.onRollback(() -> {
            usersById.remove(id);
            idsByEmail.remove(candidate.email(), id);
        });
        return Optional.of(stored);
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(usersById.get(id));
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return Optional.ofNullable(idsByEmail.get(email)).map(usersById::get);
    }

    @Override
    public Optional<User> update(User changed) {
        User[] before = new User[1];
        User[] stored = new User[1];
        usersById.computeIfPresent(changed.id(), (id, current) -> {
            if (current.version() != changed.version()) {
                return current;
            }
            before[0] = current;
            stored[0] = User.restore(id, changed.email(), changed.name(), changed.passwordHash(), changed.role(),
                    changed.isActive(), changed.createdAt(), changed.updatedAt(), changed.version() + 1);
            return stored[0];
        });
        if (stored[0] != null) {
            transactions.onRollback(() -> usersById.replace(changed.id(), stored[0], before[0]));
        }
        return Optional.ofNullable(stored[0]);
    }

    @Override
    public boolean anyAdmin() {
        return usersById.values().stream().anyMatch(User::isAdmin);
    }

    @Override
    public List<User> listActive(long offset, int limit) {
        return usersById.values().stream()
                .filter(User::isActive)
                .sorted(NEWEST_FIRST)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long countActive() {
        return usersById.values().stream().filter(User::isActive).count();
    }
}
