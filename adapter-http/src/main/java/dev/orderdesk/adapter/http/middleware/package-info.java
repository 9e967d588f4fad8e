/** Cross-cutting HTTP behaviour: request ids, request logs, CORS and response headers. */
package dev.orderdesk.adapter.http.middleware;
