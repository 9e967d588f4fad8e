/**
 * The persistence adapter: JDBI 3 over a HikariCP pool on PostgreSQL.
 *
 * <p>{@link dev.orderdesk.adapter.persistence.JdbiPersistence} is the one entry point (with its settings
 * records); repositories and the transaction runner stay package-private. May depend on
 * {@code dev.orderdesk.application}, {@code dev.orderdesk.domain}, JDBI, HikariCP and the PostgreSQL driver.
 * All SQL of the service lives here.
 */
package dev.orderdesk.adapter.persistence;
