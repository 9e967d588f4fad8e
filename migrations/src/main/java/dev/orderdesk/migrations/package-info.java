/**
 * Database schema migrations: Orderdesk's Liquibase changelog under {@code dev/orderdesk/migrations} (never the
 * common {@code db/changelog} a host application may use) and {@link dev.orderdesk.migrations.Migrations}, the one
 * entry point. Takes a {@link javax.sql.DataSource}; knows nothing of the other modules.
 */
package dev.orderdesk.migrations;
