/**
 * The composition root: composes {@link dev.orderdesk.bootstrap.Settings} from each part's own settings records
 * ({@link dev.orderdesk.bootstrap.SettingsLoader}), wires every object by hand in
 * {@link dev.orderdesk.bootstrap.Application} (persistence, security, the core's catalogue from
 * {@code UseCaseFactory}, HTTP), and hands the process to the command line ({@link dev.orderdesk.bootstrap.Main},
 * {@code CommandLineOperations}). May depend on every module; nothing depends on it.
 */
package dev.orderdesk.bootstrap;
