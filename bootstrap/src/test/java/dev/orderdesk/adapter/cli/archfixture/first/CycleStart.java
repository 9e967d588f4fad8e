package dev.orderdesk.adapter.cli.archfixture.first;

import dev.orderdesk.adapter.cli.archfixture.second.CycleEnd;

/** One half of a package cycle: broken on purpose. */
public class CycleStart {

    public CycleEnd next() {
        return new CycleEnd();
    }
}
