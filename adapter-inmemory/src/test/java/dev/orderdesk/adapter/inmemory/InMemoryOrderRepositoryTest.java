package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.OrderRepository;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.domain.user.UserId;
import dev.orderdesk.testkit.contract.OrderRepositoryContract;
import java.util.concurrent.atomic.AtomicLong;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final OrderRepository repository = new InMemoryOrderRepository(transactions);
    private final AtomicLong users = new AtomicLong();

    @Override
    protected OrderRepository repository() {
        return repository;
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
