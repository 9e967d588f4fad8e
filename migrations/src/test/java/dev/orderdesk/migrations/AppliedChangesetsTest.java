package dev.orderdesk.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import liquibase.ChecksumVersion;
import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import org.junit.jupiter.api.Test;

/**
 * Deployed databases recorded these checksums (earlier releases under {@code db/changelog/changes/…}, moved files
 * since): a changeset edited after release would stop every one of them from migrating, so it fails here first.
 */
class AppliedChangesetsTest {

    /** As PostgreSQL databases migrated by Liquibase 4.33 recorded them; add a line per released changeset. */
    private static final Map<String, String> RELEASED = Map.of(
            "001-users", "9:7f53380758e12edab72186933cfa332c",
            "002-refresh-tokens", "9:01bdd15799320123f6696f9bd2628ac8",
            "003-orders", "9:e4225c3aade3ad8269ea8493628f58d6",
            "004-attempts", "9:f092be43cbe867504b59c4c16e8c9b73",
            "005-order-placed-by", "9:fce163f5ec433e738aba82fbfbacae49");

    @Test
    void releasedChangesetsKeepTheChecksumsDeployedDatabasesRecorded() throws Exception {
        List<ChangeSet> changeSets = Scope.child(Map.of("liquibase.analytics.enabled", false), () -> {
            ResourceAccessor accessor = new ClassLoaderResourceAccessor(getClass().getClassLoader());
            DatabaseChangeLog changeLog = ChangeLogParserFactory.getInstance().getParser(OrderdeskChangeLog.PATH, accessor)
                    .parse(OrderdeskChangeLog.PATH, new ChangeLogParameters(), accessor);
            return changeLog.getChangeSets();
        });

        RELEASED.forEach((id, checksum) -> assertThat(changeSets.stream().filter(c -> c.getId().equals(id))
                .map(c -> c.generateCheckSum(ChecksumVersion.latest()).toString()))
                .as(id).containsExactly(checksum));
    }
}
