/**
 * For tests that need the real PostgreSQL (shipped in adapter-persistence's test-jar): {@code TestDatabase}, a
 * private schema per test class migrated as in production, and the test server's URL for end-to-end tests that
 * create databases of their own. Only the adapter's public API is used, so this package is the test-jar's own and no
 * package is split with the main jar; the adapter's own tests stay in its package and out of the test-jar.
 */
package dev.orderdesk.adapter.persistence.testfixtures;
