package dev.orderdesk.adapter.cli.archfixture;

import dev.orderdesk.application.policy.LockoutSettings;

/** A command that reaches past the catalogue into the core's policies: broken on purpose. */
public class CommandBuildingAPolicy {

    public Object settings() {
        return LockoutSettings.DEFAULTS;
    }
}
