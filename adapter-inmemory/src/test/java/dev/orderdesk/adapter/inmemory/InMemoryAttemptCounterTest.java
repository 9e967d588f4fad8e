package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.testkit.contract.AttemptCounterContract;

class InMemoryAttemptCounterTest extends AttemptCounterContract {

    private final AttemptCounter counter = new InMemoryAttemptCounter();

    @Override
    protected AttemptCounter counter() {
        return counter;
    }
}
