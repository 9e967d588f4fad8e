package dev.orderdesk.adapter.cli.archfixture.second;

import dev.orderdesk.adapter.cli.archfixture.first.CycleStart;

/** The other half of a package cycle: broken on purpose. */
public class CycleEnd {

    public CycleStart back() {
        return new CycleStart();
    }
}
