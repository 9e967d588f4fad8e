package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.Page;
import dev.orderdesk.application.port.in.PageRequest;
import dev.orderdesk.application.port.in.user.ListUsersUseCase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.User;

/** Lists active users with their total count; admins only. */
public final class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;
    private final TransactionRunner transactions;

    /**
     * Creates the service.
     *
     * @param users        reads the page and the count
     * @param transactions runs both reads
     */
    public ListUsersService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public Page<User> list(Caller caller, PageRequest page) {
        if (!caller.isAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only administrators may list users");
        }
        return transactions.inTransaction(() ->
                new Page<>(users.listActive(page.offset(), page.limit()), users.countActive()));
    }
}
