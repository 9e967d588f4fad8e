package dev.orderdesk.migrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Liquibase as an application uses it on its own: its default tables ({@code databasechangelog}), the connection's
 * current schema, a changelog found through a class loader. Plays the host application, and Orderdesk's earlier
 * releases.
 */
final class PlainLiquibase {

    private final ClassLoader resources;
    private final String changelog;

    PlainLiquibase(ClassLoader resources, String changelog) {
        this.resources = resources;
        this.changelog = changelog;
    }

    /** The host application of the coexistence tests: its changelog at the common default path. */
    static PlainLiquibase host() {
        return new PlainLiquibase(PlainLiquibase.class.getClassLoader(), "db/changelog/db.changelog-master.yaml");
    }

    /**
     * Orderdesk as earlier releases shipped it: today's changesets (their checksums are frozen, see
     * {@link AppliedChangesetsTest}) laid out in {@code directory} at the old common default path,
     * {@code db/changelog/changes/…} included from {@code db/changelog/db.changelog-master.yaml}, and seen through a
     * class loader that sees nothing else.
     */
    static PlainLiquibase earlierOrderdesk(Path directory) {
        StringBuilder master = new StringBuilder("databaseChangeLog:\n");
        try {
            Path changes = Files.createDirectories(directory.resolve("db/changelog/changes"));
            for (String file : Migrations.changesets().stream().map(c -> c.substring(0, c.indexOf("::"))).toList()) {
                String name = file.substring(file.lastIndexOf('/') + 1);
                try (InputStream today = PlainLiquibase.class.getClassLoader().getResourceAsStream(file)) {
                    Files.copy(Objects.requireNonNull(today, file), changes.resolve(name));
                }
                master.append("  - include:\n      file: changes/").append(name)
                        .append("\n      relativeToChangelogFile: true\n");
            }
            Files.writeString(directory.resolve("db/changelog/db.changelog-master.yaml"), master);
            return new PlainLiquibase(new URLClassLoader(new URL[]{directory.toUri().toURL()}, null),
                    "db/changelog/db.changelog-master.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void update(DataSource dataSource) {
        run(dataSource, liquibase -> {
            liquibase.update(new Contexts(), new LabelExpression());
            return null;
        });
    }

    /** Applies only the first {@code count} changesets, as a database an older release left. */
    void update(DataSource dataSource, int count) {
        run(dataSource, liquibase -> {
            liquibase.update(count, new Contexts(), new LabelExpression());
            return null;
        });
    }

    /** The changesets this Liquibase would still run, as {@code path::id::author}. */
    List<String> unrun(DataSource dataSource) {
        return run(dataSource, liquibase -> liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression())
                .stream().map(changeSet -> changeSet.toString(false)).toList());
    }

    private interface Work<T> {
        T on(Liquibase liquibase) throws Exception;
    }

    private <T> T run(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            return Scope.child(Map.of("liquibase.analytics.enabled", false, "liquibase.showBanner", false), () -> {
                try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(resources), database)) {
                    return work.on(liquibase);
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase failed: " + e.getMessage(), e);
        }
    }
}
