/**
 * Test support shipped in the HTTP adapter's test-jar: a plain client for driving the API over real HTTP, and the
 * OpenAPI contract it holds every exchange to. Only the adapter's public API is used, so this package is the
 * test-jar's own (the only one it ships) and no package is split with the main jar.
 */
package dev.orderdesk.adapter.http.testing;
