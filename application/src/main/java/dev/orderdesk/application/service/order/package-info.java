/** The order use cases. Who may see or move an order is decided here, for every driving adapter. */
package dev.orderdesk.application.service.order;
