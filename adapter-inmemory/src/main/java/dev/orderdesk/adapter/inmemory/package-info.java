/**
 * In-memory adapters for every driven port: the whole core runs without PostgreSQL, Redis, bcrypt or JWT.
 * {@link dev.orderdesk.adapter.inmemory.InMemoryPorts} is the one public entry; the adapters behind it are
 * package-private and pass the same contract suites as the real ones.
 *
 * <p>Every store is thread-safe and settles races atomically in one JVM; the stores that take part in transactions
 * journal how to undo each change, so {@link dev.orderdesk.adapter.inmemory.InMemoryTransactionRunner} rolls back
 * what a failed use case wrote. State lives in this JVM only: for development, demos and tests, never for several
 * instances. Depends on {@code dev.orderdesk.application}, {@code dev.orderdesk.domain} and the JDK only.
 */
package dev.orderdesk.adapter.inmemory;
