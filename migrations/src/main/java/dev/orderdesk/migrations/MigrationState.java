package dev.orderdesk.migrations;

import java.util.List;

/** The changesets applied to a database and those still pending, each as {@code path::id::author}. */
public record MigrationState(List<String> applied, List<String> pending) {

    public MigrationState {
        applied = List.copyOf(applied);
        pending = List.copyOf(pending);
    }
}
