package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.testkit.contract.UserRepositoryContract;

class InMemoryUserRepositoryTest extends UserRepositoryContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final UserRepository repository = new InMemoryUserRepository(transactions);

    @Override
    protected UserRepository repository() {
        return repository;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
