package app.orbit.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on a connection. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
