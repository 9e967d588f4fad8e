/** Whether the service can do its work: the readiness use case behind every adapter's health checks. */
package dev.orderdesk.application.port.in.health;
