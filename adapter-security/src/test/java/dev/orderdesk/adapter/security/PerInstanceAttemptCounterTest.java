package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.AttemptCounter;
import dev.orderdesk.application.port.out.AttemptCounterContract;

class PerInstanceAttemptCounterTest extends AttemptCounterContract {

    private final AttemptCounter counter = new PerInstanceAttemptCounter();

    @Override
    protected AttemptCounter counter() {
        return counter;
    }
}
