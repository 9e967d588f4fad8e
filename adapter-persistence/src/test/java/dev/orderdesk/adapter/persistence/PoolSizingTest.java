package dev.orderdesk.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orderdesk.adapter.persistence.testfixtures.TestDatabase;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/** The pool's default size follows the machine, and its connections prepare statements as the driver documents. */
class PoolSizingTest {

    @Test
    void theDefaultPoolIsTwoConnectionsPerProcessorPlusOneWithOnePerProcessorKeptOpen() {
        assertThat(DatabaseSettings.defaultPoolSize(1)).isEqualTo(1);
        assertThat(DatabaseSettings.defaultMaxOverflow(1)).isEqualTo(2);
        assertThat(DatabaseSettings.defaultPoolSize(2) + DatabaseSettings.defaultMaxOverflow(2)).isEqualTo(5);
        assertThat(DatabaseSettings.defaultPoolSize(16)).isEqualTo(16);
        assertThat(DatabaseSettings.defaultPoolSize(16) + DatabaseSettings.defaultMaxOverflow(16)).isEqualTo(33);
    }

    @Test
    void aReportedProcessorCountBelowOneStillGivesAUsablePool() {
        assertThat(DatabaseSettings.defaultPoolSize(0)).isEqualTo(1);
        assertThat(DatabaseSettings.defaultMaxOverflow(0)).isEqualTo(2);
    }

    @Test
    void pooledConnectionsServerPrepareAStatementFromItsFifthExecution() throws Exception {
        try (TestDatabase database = TestDatabase.forClass(PoolSizingTest.class);
             Connection connection = database.persistence().dataSource().getConnection()) {
            assertThat(connection.unwrap(PGConnection.class).getPrepareThreshold()).isEqualTo(5);
        }
    }
}
