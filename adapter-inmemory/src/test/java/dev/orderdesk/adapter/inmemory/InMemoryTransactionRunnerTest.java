package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.adapter.inmemory.testfixtures.RecordingTransactionRunner;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.testkit.contract.TransactionRunnerContract;

/** The in-memory runner has no database to lose: the outage case runs on the test runner that plays one. */
class InMemoryTransactionRunnerTest extends TransactionRunnerContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final UserRepository users = new InMemoryUserRepository(transactions);
    private final InMemoryTransactionRunner behindTheOutage = new InMemoryTransactionRunner();
    private final RecordingTransactionRunner down = new RecordingTransactionRunner(behindTheOutage);
    private final UserRepository unreachableUsers = new InMemoryUserRepository(behindTheOutage);

    InMemoryTransactionRunnerTest() {
        down.down(true);
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }

    @Override
    protected UserRepository users() {
        return users;
    }

    @Override
    protected TransactionRunner unreachableTransactions() {
        return down;
    }

    @Override
    protected UserRepository unreachableUsers() {
        return unreachableUsers;
    }
}
