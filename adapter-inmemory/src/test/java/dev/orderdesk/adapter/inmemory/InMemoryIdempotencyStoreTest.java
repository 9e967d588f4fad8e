package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.IdempotencyStore;
import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.IdempotencyStoreContract;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryIdempotencyStoreTest extends IdempotencyStoreContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final IdempotencyStore store = new InMemoryIdempotencyStore(transactions);
    private final OrderRepository orders = new InMemoryOrderRepository(transactions);
    private final AtomicLong users = new AtomicLong();

    @Override
    protected IdempotencyStore store() {
        return store;
    }

    @Override
    protected OrderRepository orders() {
        return orders;
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
