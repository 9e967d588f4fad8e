package dev.orderdesk.bootstrap;

/**
 * The database is behind the code: a command that uses the core, and {@code serve} with {@code MIGRATE_ON_START=false},
 * refuse to run until it is migrated.
 */
final class PendingMigrationsException extends RuntimeException {

    PendingMigrationsException(int pending) {
        super("The database has " + pending + " pending changesets; run: orderdesk migrate");
    }
}
