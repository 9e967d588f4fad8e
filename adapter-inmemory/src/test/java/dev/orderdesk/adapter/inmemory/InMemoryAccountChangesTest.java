package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AccountChanges;
import dev.orderdesk.application.port.out.TransactionRunner;
import dev.orderdesk.testkit.contract.AccountChangesContract;

class InMemoryAccountChangesTest extends AccountChangesContract {

    private final AccountChanges changes = new InMemoryAccountChanges();
    private final TransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected AccountChanges changes() {
        return changes;
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
