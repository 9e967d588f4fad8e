/** Whether the service can do its work: the readiness use case behind the health endpoints. */
package dev.orderdesk.application.port.in.health;
