/**
 * Use cases about orders: create (idempotently, by the owner or on their behalf), read, list (offset and keyset pages)
 * and move through statuses.
 */
package dev.orderdesk.application.port.in.order;
