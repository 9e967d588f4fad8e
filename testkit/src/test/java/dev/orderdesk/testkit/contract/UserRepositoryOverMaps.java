package dev.orderdesk.testkit.contract;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;

/** The contract over a repository of these tests, which keeps its users in maps and has nothing to roll back. */
abstract class UserRepositoryOverMaps extends UserRepositoryContract {

    private final UserRepository repository;

    UserRepositoryOverMaps(UserRepository repository) {
        this.repository = repository;
    }

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Override
    protected TransactionRunner transactions() {
        return new WithoutTransactions();
    }
}
