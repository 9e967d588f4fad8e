/**
 * The application layer: what Orderdesk can do (driving ports in {@code port.in}), what it needs from
 * the outside world (driven ports in {@code port.out}) and the services that connect the two.
 *
 * <p>Depends on {@code dev.orderdesk.domain} and the JDK only.
 */
package dev.orderdesk.application;
