package dev.orderdesk.adapter.http.order;

import java.util.List;

/** A v2 keyset page: {@code next_cursor} is null on the last page. */
record OrderPageResponse(List<OrderResponse> items, String nextCursor) {
}
