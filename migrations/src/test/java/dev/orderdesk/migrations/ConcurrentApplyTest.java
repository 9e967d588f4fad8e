package dev.orderdesk.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Instances starting together on one database: every first apply succeeds and each changeset lands once. */
class ConcurrentApplyTest {

    private static final int INSTANCES = 4;

    @TempDir
    Path earlierRelease;

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();
    private final DataSource dataSource = database.dataSource();

    @Test
    void concurrentFirstAppliesToOneMissingSchemaApplyEachChangesetOnce() throws Exception {
        together(() -> Migrations.apply(dataSource, "orderdesk"));

        assertThat(database.column("SELECT filename || '::' || id || '::' || author FROM "
                + "orderdesk.orderdesk_databasechangelog ORDER BY orderexecuted"))
                .containsExactlyElementsOf(Migrations.changesets());
    }

    @Test
    void concurrentFirstAppliesOnADatabaseEarlierReleasesMigratedTakeItOverOnce() throws Exception {
        PlainLiquibase.earlierOrderdesk(earlierRelease).update(dataSource);
        List<String> deployment = database.column("SELECT DISTINCT deployment_id FROM databasechangelog");

        together(() -> Migrations.apply(dataSource));

        assertThat(database.column("SELECT count(*) FROM orderdesk_databasechangelog")).containsExactly(String.valueOf(Migrations.changesets().size()));
        assertThat(database.column("SELECT DISTINCT deployment_id FROM orderdesk_databasechangelog"))
                .isEqualTo(deployment);
    }

    @Test
    void concurrentFirstAppliesToTwoSchemasMigrateBoth() throws Exception {
        Runnable a = () -> Migrations.apply(dataSource, "a");
        Runnable b = () -> Migrations.apply(dataSource, "b");
        together(List.of(a, b, a, b));

        assertThat(Migrations.state(dataSource, "a").pending()).isEmpty();
        assertThat(Migrations.state(dataSource, "b").pending()).isEmpty();
        assertThat(database.column("SELECT count(*) FROM a.orderdesk_databasechangelog")).containsExactly(String.valueOf(Migrations.changesets().size()));
        assertThat(database.column("SELECT count(*) FROM b.orderdesk_databasechangelog")).containsExactly(String.valueOf(Migrations.changesets().size()));
    }

    /** Runs {@value #INSTANCES} copies of {@code work} released at once; fails with the first failure. */
    private static void together(Runnable work) throws Exception {
        together(Collections.nCopies(INSTANCES, work));
    }

    private static void together(List<Runnable> works) throws Exception {
        CyclicBarrier start = new CyclicBarrier(works.size());
        ExecutorService pool = Executors.newFixedThreadPool(works.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Runnable work : works) {
                done.add(pool.submit(() -> {
                    start.await();
                    work.run();
                    return null;
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
