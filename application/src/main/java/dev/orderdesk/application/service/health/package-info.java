/** The readiness use case. */
package dev.orderdesk.application.service.health;
