/** The {@code /api/v1/auth} routes and bearer-token authentication of protected routes. */
package dev.orderdesk.adapter.http.auth;
