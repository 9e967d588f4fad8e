package dev.orderdesk.adapter.cli;

import dev.orderdesk.application.UseCases;
import java.util.List;
import java.util.function.Function;

/**
 * What the command line needs from the composition root. Implementations read and validate only the settings an
 * operation needs, and report a problem the operator must fix as an {@link OperationFailure}.
 */
public interface Operations {

    /** Runs the service until the process is stopped. */
    void serve();

    /** Creates the database if it is missing and applies every pending migration. */
    void migrate();

    MigrationStatus migrationStatus();

    /**
     * Checks settings, the shared limit store (Redis, when configured), the database and its migrations; returns one
     * line per problem, none when all is well.
     */
    List<String> check();

    /** Runs {@code work} with the catalogue over the configured database; resources are released afterwards. */
    <T> T withUseCases(Function<UseCases, T> work);

    /** Lines for {@code --version}: the project's version and the commit it was built from. */
    String[] version();
}
