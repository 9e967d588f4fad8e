/**
 * The error envelope and the one mapper that turns every failure (domain, transport, Javalin's own,
 * unexpected) into it. The only place that knows how error kinds become HTTP statuses.
 */
package dev.orderdesk.adapter.http.error;
