package dev.orderdesk.migrations;

/** The schema could not be brought up to date; the service must not start on a schema it does not expect. */
public final class MigrationException extends RuntimeException {

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
