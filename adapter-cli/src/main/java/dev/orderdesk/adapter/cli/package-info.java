/**
 * The command-line adapter (picocli): {@link dev.orderdesk.adapter.cli.OrderdeskCli} is its entry point. Commands
 * are thin: parse, call one use case of the core's catalogue as {@code Caller.operator()}, print the result. The
 * composition root supplies what only it can do ({@link dev.orderdesk.adapter.cli.Operations}: serve, migrate, the
 * catalogue over a database); {@link dev.orderdesk.adapter.cli.ExitCodes} maps the catalogue's error kinds to exit
 * codes, as the HTTP adapter's error mapper maps them to statuses.
 *
 * <p>May depend on {@code dev.orderdesk.application} (driving ports and the catalogue), {@code dev.orderdesk.domain}
 * and picocli.
 */
package dev.orderdesk.adapter.cli;
