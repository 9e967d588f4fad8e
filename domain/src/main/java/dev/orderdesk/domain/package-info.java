/**
 * The Orderdesk domain: entities, value objects and the error catalogue.
 *
 * <p>Depends on the JDK only ({@code java..}, never {@code java.sql}); enforced by Maven and ArchUnit.
 * Invariants are checked in the compact constructors of records, so a value that exists is valid.
 */
package dev.orderdesk.domain;
