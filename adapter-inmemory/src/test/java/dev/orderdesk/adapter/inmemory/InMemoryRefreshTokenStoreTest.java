package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.RefreshTokenStore;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.RefreshTokenStoreContract;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryRefreshTokenStoreTest extends RefreshTokenStoreContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final RefreshTokenStore store = new InMemoryRefreshTokenStore(transactions);
    private final AtomicLong users = new AtomicLong();

    @Override
    protected RefreshTokenStore store() {
        return store;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }

    @Override
    protected UserId aUser() {
        return UserId.of(users.incrementAndGet());
    }
}
