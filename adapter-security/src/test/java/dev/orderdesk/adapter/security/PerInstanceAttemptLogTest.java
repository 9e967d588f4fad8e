package dev.orderdesk.adapter.security;

import dev.orderdesk.application.port.out.AttemptLog;
import dev.orderdesk.application.port.out.AttemptLogContract;

class PerInstanceAttemptLogTest extends AttemptLogContract {

    private final AttemptLog log = new PerInstanceAttemptLog();

    @Override
    protected AttemptLog log() {
        return log;
    }
}
