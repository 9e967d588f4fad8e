/** Authentication use cases: login, token refresh, logout, access-token authentication and abuse limits. */
package dev.orderdesk.application.port.in.auth;
