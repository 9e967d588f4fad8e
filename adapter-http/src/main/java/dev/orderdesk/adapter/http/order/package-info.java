/** The {@code /api/v1/orders} and {@code /api/v2/orders} routes: two HTTP mappings over the same use cases. */
package dev.orderdesk.adapter.http.order;
