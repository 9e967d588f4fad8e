/**
 * The HTTP adapter (Javalin 7). {@link dev.orderdesk.adapter.http.HttpApi} is its entry point, configured by
 * {@link dev.orderdesk.adapter.http.HttpSettings} and given the core's catalogue of use cases; nothing else in this
 * module is meant to be used from outside it (an ArchUnit rule holds other modules to that).
 *
 * <p>May depend on {@code dev.orderdesk.application} (driving ports only, never {@code port.out}),
 * {@code dev.orderdesk.domain}, Javalin/Jetty, Jackson and SLF4J. Routes stay thin: parse, call one use
 * case, map the result.
 */
package dev.orderdesk.adapter.http;
