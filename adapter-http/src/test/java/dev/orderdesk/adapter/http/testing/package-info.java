/** Test support shipped in the HTTP adapter's test-jar: a plain client for driving the API over real HTTP. */
package dev.orderdesk.adapter.http.testing;
