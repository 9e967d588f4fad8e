/** The {@code /api/v1/users} routes and their request and response records. */
package dev.orderdesk.adapter.http.user;
