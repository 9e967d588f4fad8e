/** Authentication use cases: login, token refresh, logout, bearer-token authentication and abuse limits. */
package dev.orderdesk.application.port.in.auth;
