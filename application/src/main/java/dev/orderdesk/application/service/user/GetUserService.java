package dev.orderdesk.application.service.user;

import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.User;
import dev.orderdesk.domain.user.UserId;

/** Finds one user by id. */
public final class GetUserService implements GetUserUseCase {

    private final UserRepository users;
    private final TransactionRunner transactions;

    public GetUserService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User get(UserId id) {
        return transactions.inTransaction(() -> users.findById(id))
                .orElseThrow(() -> new DomainException(ErrorCode.USER_NOT_FOUND, "User not found"));
    }
}
