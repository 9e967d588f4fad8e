/** Use cases about orders: create (idempotently), read, list (offset and keyset pages) and move through statuses. */
package dev.orderdesk.application.port.in.order;
