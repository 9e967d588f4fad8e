package dev.orderdesk.adapter.inmemory;

import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.testkit.contract.AttemptLogContract;

class InMemoryAttemptLogTest extends AttemptLogContract {

    private final AttemptLog log = new InMemoryAttemptLog();

    @Override
    protected AttemptLog log() {
        return log;
    }
}
