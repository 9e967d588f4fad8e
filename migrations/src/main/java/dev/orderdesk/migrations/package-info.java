/**
 * Database schema migrations: Liquibase changelogs under {@code db/changelog} and {@link dev.orderdesk.migrations.Migrations},
 * the one entry point. Takes a {@link javax.sql.DataSource}; knows nothing of the other modules.
 */
package dev.orderdesk.migrations;
