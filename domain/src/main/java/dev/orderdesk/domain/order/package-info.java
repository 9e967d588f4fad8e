/**
 * Orders: the {@link dev.orderdesk.domain.order.Order} aggregate with its status machine, its lines and exact money.
 *
 * <p>JDK only.
 */
package dev.orderdesk.domain.order;
