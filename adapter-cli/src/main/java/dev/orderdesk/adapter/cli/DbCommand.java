package dev.orderdesk.adapter.cli;

import picocli.CommandLine.Command;

/** {@code db}: a group; {@code db status} is its command. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Inspect the database.")
final class DbCommand {
}
