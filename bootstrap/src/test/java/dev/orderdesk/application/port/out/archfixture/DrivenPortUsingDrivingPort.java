package dev.orderdesk.application.port.out.archfixture;

import dev.orderdesk.application.port.in.Caller;

/** A driven port that speaks in a driving port's type: broken on purpose. */
public interface DrivenPortUsingDrivingPort {

    void remember(Caller caller);
}
