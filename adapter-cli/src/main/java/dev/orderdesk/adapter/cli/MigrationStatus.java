package dev.orderdesk.adapter.cli;

import java.util.List;

/** The database's changesets: those applied and those still pending, by identifier. */
public record MigrationStatus(List<String> applied, List<String> pending) {

    public MigrationStatus {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
    }

    public boolean upToDate() {
        return pending.isEmpty();
    }
}
