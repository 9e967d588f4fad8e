/**
 * For tests of the core and of driving adapters (shipped in adapter-inmemory's test-jar): {@code InMemoryCore}, the
 * catalogue over the published in-memory adapters with a clock the test moves, its stores' calls recorded, a
 * transaction runner that can play an outage and a password hasher that refuses to run inside a transaction. Only
 * the adapters' public API is used, so this package is the test-jar's own and no package is split with the main jar.
 */
package dev.orderdesk.adapter.inmemory.testfixtures;
