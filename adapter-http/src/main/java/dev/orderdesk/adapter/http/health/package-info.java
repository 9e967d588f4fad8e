/** {@code /health/live} and {@code /health/ready}, for orchestrators and the Docker healthcheck. */
package dev.orderdesk.adapter.http.health;
