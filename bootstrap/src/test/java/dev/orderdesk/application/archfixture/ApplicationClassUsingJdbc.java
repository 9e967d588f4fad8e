package dev.orderdesk.application.archfixture;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks the application's allow-list on purpose (JDBC is a persistence detail). */
public class ApplicationClassUsingJdbc {

    public void commit(Connection connection) throws SQLException {
        connection.commit();
    }
}
