/**
 * The composition root: reads and validates {@link dev.orderdesk.bootstrap.Settings}, wires every object by hand
 * in {@link dev.orderdesk.bootstrap.Application}, and offers the command line in {@link dev.orderdesk.bootstrap.Main}.
 * May depend on every module; nothing depends on it.
 */
package dev.orderdesk.bootstrap;
