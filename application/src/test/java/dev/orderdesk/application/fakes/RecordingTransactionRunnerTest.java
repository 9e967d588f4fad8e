package dev.orderdesk.application.fakes;

import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.application.port.out.TransactionRunnerContract;
import dev.orderdesk.application.port.out.UserRepository;

class RecordingTransactionRunnerTest extends TransactionRunnerContract {

    private final RecordingTransactionRunner transactions = new RecordingTransactionRunner();
    private final UserRepository users = new InMemoryUserRepository(transactions);
    private final RecordingTransactionRunner down = new RecordingTransactionRunner();
    private final UserRepository unreachableUsers = new InMemoryUserRepository(down);

    RecordingTransactionRunnerTest() {
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
