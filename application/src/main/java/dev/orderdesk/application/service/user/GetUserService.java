package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.Caller;
import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;

/** Finds one user; callers who may not see it get the same answer as for a missing id. */
public final class GetUserService implements GetUserUseCase {

    private final UserRepository users;
    private final TransactionRunner transactions;

    /**
     * Creates the service.
     *
     * @param users        reads the user
     * @param transactions runs the read
     */
    public GetUserService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User get(Caller caller, UserId id) {
        if (!caller.maySee(id)) {
            throw notFound();
        }
        return transactions.singleStatement(() -> users.findById(id)).orElseThrow(GetUserService::notFound);
    }

    static DomainException notFound() {
        return new DomainException(ErrorCode.USER_NOT_FOUND, "User not found");
    }
}
