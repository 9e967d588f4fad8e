/**
 * The application layer: what Orderdesk can do (driving ports in {@code port.in}), what it needs from the outside
 * world (driven ports in {@code port.out}), the named product rules ({@code policy}) and the services that connect
 * them. This package publishes the catalogue ({@link dev.orderdesk.application.UseCases}) and the one factory that
 * builds every service ({@link dev.orderdesk.application.UseCaseFactory}).
 *
 * <p>Depends on {@code dev.orderdesk.domain} and the JDK only.
 */
package dev.orderdesk.application;
