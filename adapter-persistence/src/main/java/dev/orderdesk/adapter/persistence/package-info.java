/**
 * The persistence adapter: JDBI 3 over a HikariCP pool on PostgreSQL.
 *
 * <p>{@link dev.orderdesk.adapter.persistence.JdbiPersistence} is the one entry point (with its settings
 * records); repositories and the transaction runner stay package-private. May depend on
 * {@code dev.orderdesk.application}, {@code dev.orderdesk.domain}, JDBI (core and SqlObject), HikariCP and the
 * PostgreSQL driver. All SQL of the service lives here.
 *
 * <p>Users and refresh tokens declare their statements in SqlObject interfaces ({@code UserStatements},
 * {@code RefreshTokenStatements}) whose row mappers are nested in them; orders and idempotency keys build their
 * statements on handles. Either way a repository call joins the transaction bound to the thread by
 * {@code JdbiTransactionRunner}.
 */
package dev.orderdesk.adapter.persistence;
