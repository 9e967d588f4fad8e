package dev.orderdesk.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A host application with its own Liquibase changelog at the common default path and Liquibase's default tables
 * migrates the same database as Orderdesk: neither trips over the other's files, tables or history.
 */
class HostChangelogCoexistenceTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();
    private final DataSource dataSource = database.dataSource();
    private final PlainLiquibase host = PlainLiquibase.host();

    @Test
    void hostInPublicAndOrderdeskInItsOwnSchemaEachSeeOnlyTheirOwnChangesets() {
        host.update(dataSource);
        Migrations.apply(dataSource, "orderdesk");

        assertThat(database.column("SELECT author || ':' || id FROM public.databasechangelog ORDER BY orderexecuted"))
                .containsExactly("billing:001-users", "billing:002-invoices");
        assertThat(orderdeskHistory("orderdesk")).containsExactlyElementsOf(Migrations.changesets());
        assertThat(database.tables("public")).containsExactly(
                "billing_customers", "databasechangelog", "databasechangeloglock", "invoices");
        assertThat(database.tables("orderdesk")).contains("users", "orders", "orderdesk_databasechangelog",
                "orderdesk_databasechangeloglock").doesNotContain("databasechangelog", "invoices");

        assertBothUpToDate("orderdesk");
        host.update(dataSource);
        Migrations.apply(dataSource, "orderdesk");
        assertBothUpToDate("orderdesk");
        assertThat(database.column("SELECT count(*) FROM public.databasechangelog")).containsExactly("2");
        assertThat(orderdeskHistory("orderdesk")).hasSize(Migrations.changesets().size());
    }

    @Test
    void oneSchemaHoldsBothHistoriesWhicheverMigratesFirst() {
        Migrations.apply(dataSource);
        host.update(dataSource);

        assertThat(database.column("SELECT author || ':' || id FROM public.databasechangelog ORDER BY orderexecuted"))
                .containsExactly("billing:001-users", "billing:002-invoices");
        assertThat(orderdeskHistory("public")).containsExactlyElementsOf(Migrations.changesets());
        assertThat(database.tables("public")).contains("billing_customers", "invoices", "users", "orders");

        assertBothUpToDate("public");
        assertThat(Migrations.state(dataSource).pending()).isEmpty();
        Migrations.apply(dataSource);
        host.update(dataSource);
        assertBothUpToDate("public");
        assertThat(orderdeskHistory("public")).hasSize(Migrations.changesets().size());
    }

    @Test
    void aHostHistoryBeforeOrderdeskArrivesIsNotMistakenForOrderdesksOwn() {
        // The host's 001-users is recorded at db/changelog/changes/001-users.sql, the path of Orderdesk's earlier
        // releases, with the same id: only its author tells it apart, and that must be enough.
        host.update(dataSource);

        assertThat(Migrations.state(dataSource).pending()).containsExactlyElementsOf(Migrations.changesets());
        Migrations.apply(dataSource);

        assertThat(database.tables("public")).contains("users", "orders");
        assertThat(orderdeskHistory("public")).containsExactlyElementsOf(Migrations.changesets());
    }

    private void assertBothUpToDate(String schema) {
        assertThat(host.unrun(dataSource)).isEmpty();
        MigrationState orderdesk = Migrations.state(dataSource, schema);
        assertThat(orderdesk.pending()).isEmpty();
        assertThat(orderdesk.applied()).containsExactlyElementsOf(Migrations.changesets());
    }

    private List<String> orderdeskHistory(String schema) {
        return database.column("SELECT filename || '::' || id || '::' || author FROM " + schema
                + ".orderdesk_databasechangelog ORDER BY orderexecuted");
    }
}
