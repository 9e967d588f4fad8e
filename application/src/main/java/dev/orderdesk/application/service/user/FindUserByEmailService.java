package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.user.FindUserByEmailUseCase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.user.Email;
import dev.orderdesk.domain.user.User;

/** Finds one user by email; callers who may not see it get the same answer as for an unknown email. */
public final class FindUserByEmailService implements FindUserByEmailUseCase {

    private final UserRepository users;
    private final TransactionRunner transactions;

    /**
     * Creates the service.
     *
     * @param users        reads the user
     * @param transactions runs the read
     */
    public FindUserByEmailService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User find(Caller caller, Email email) {
        return transactions.singleStatement(() -> users.findByEmail(email))
                .filter(user -> caller.maySee(user.id()))
                .orElseThrow(GetUserService::notFound);
    }
}
