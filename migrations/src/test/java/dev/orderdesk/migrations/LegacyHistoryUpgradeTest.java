package dev.orderdesk.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases earlier releases migrated keep Orderdesk's history in Liquibase's default {@code databasechangelog},
 * under {@code db/changelog/changes/…}. Upgrading takes that history over: nothing runs again, data survives,
 * checksums are still checked.
 */
class LegacyHistoryUpgradeTest {

    private static final String LEGACY_ROWS = "SELECT replace(filename, 'db/changelog/changes/', "
            + "'dev/orderdesk/migrations/changes/') || '|' || id || '|' || author || '|' || md5sum || '|' || dateexecuted"
            + " || '|' || deployment_id FROM %s.databasechangelog ORDER BY orderexecuted";
    private static final String ADOPTED_ROWS = "SELECT filename || '|' || id || '|' || author || '|' || md5sum || '|' "
            + "|| dateexecuted || '|' || deployment_id FROM %s.orderdesk_databasechangelog ORDER BY orderexecuted";

    @TempDir
    Path earlierRelease;

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();
    private final DataSource dataSource = database.dataSource();

    @Test
    void aDatabaseEarlierReleasesMigratedRunsNothingAgainAndKeepsItsData() {
        PlainLiquibase.earlierOrderdesk(earlierRelease).update(dataSource);
        database.execute("INSERT INTO users (email, name, password_hash, role, created_at, updated_at) "
                + "VALUES ('ada@example.org', 'Ada', 'h', 'user', now(), now())");
        assertThat(database.column("SELECT filename FROM databasechangelog ORDER BY orderexecuted").get(0))
                .isEqualTo("db/changelog/changes/001-users.sql");
        List<String> legacy = database.column(LEGACY_ROWS.formatted("public"));

        // Read before the upgrade (db status, serve with MIGRATE_ON_START=false): already up to date.
        MigrationState before = Migrations.state(dataSource);
        assertThat(before.pending()).isEmpty();
        assertThat(before.applied()).containsExactlyElementsOf(Migrations.changesets());
        assertThat(database.tables("public")).doesNotContain("orderdesk_databasechangelog");

        Migrations.apply(dataSource);

        // Same checksums, same execution times and deployment ids: taken over, not run again.
        assertThat(database.column(ADOPTED_ROWS.formatted("public"))).isEqualTo(legacy).hasSize(Migrations.changesets().size());
        assertThat(database.column("SELECT email FROM users")).containsExactly("ada@example.org");
        assertThat(database.column("SELECT count(*) FROM databasechangelog")).as("the old history stays").containsExactly(String.valueOf(Migrations.changesets().size()));
        assertThat(Migrations.state(dataSource).pending()).isEmpty();

        Migrations.apply(dataSource);
        assertThat(database.column(ADOPTED_ROWS.formatted("public"))).isEqualTo(legacy);
    }

    @Test
    void anOlderDatabaseGetsOnlyTheChangesetsItLacks() {
        PlainLiquibase.earlierOrderdesk(earlierRelease).update(dataSource, 2);
        database.execute("INSERT INTO users (email, name, password_hash, role, created_at, updated_at) "
                + "VALUES ('ada@example.org', 'Ada', 'h', 'user', now(), now())");
        List<String> legacy = database.column(LEGACY_ROWS.formatted("public"));
        assertThat(Migrations.state(dataSource).pending()).containsExactlyElementsOf(Migrations.changesets().subList(2, Migrations.changesets().size()));

        Migrations.apply(dataSource);

        List<String> history = database.column(ADOPTED_ROWS.formatted("public"));
        assertThat(history.subList(0, 2)).isEqualTo(legacy);
        assertThat(database.column("SELECT filename || '::' || id || '::' || author FROM orderdesk_databasechangelog "
                + "ORDER BY orderexecuted")).containsExactlyElementsOf(Migrations.changesets());
        assertThat(database.tables("public")).contains("orders", "login_attempts");
        assertThat(database.column("SELECT email FROM users")).containsExactly("ada@example.org");
        assertThat(Migrations.state(dataSource).pending()).isEmpty();
    }

    @Test
    void aDatabaseMigratedIntoASchemaByItsUrlIsTakenOverWhenThatSchemaIsNamed() {
        database.execute("CREATE SCHEMA shop");
        PlainLiquibase.earlierOrderdesk(earlierRelease).update(database.dataSource("shop"));
        List<String> legacy = database.column(LEGACY_ROWS.formatted("shop"));

        assertThat(Migrations.state(dataSource, "shop").pending()).isEmpty();
        Migrations.apply(dataSource, "shop");

        assertThat(database.column(ADOPTED_ROWS.formatted("shop"))).isEqualTo(legacy);
        assertThat(database.tables("public")).isEmpty();
    }

    @Test
    void aTamperedChecksumInTheOldHistoryStillStopsTheUpgrade() {
        PlainLiquibase.earlierOrderdesk(earlierRelease).update(dataSource);
        database.execute("UPDATE databasechangelog SET md5sum = '9:00000000000000000000000000000000' "
                + "WHERE id = '002-refresh-tokens'");

        assertThatThrownBy(() -> Migrations.apply(dataSource)).isInstanceOf(MigrationException.class)
                .rootCause().hasMessageContaining("002-refresh-tokens");
    }
}
