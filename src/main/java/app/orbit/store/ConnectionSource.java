package app.orbit.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that only hands out connections: what Orbit's stores ask of one; the rest is JDBC's ceremony. */
abstract class ConnectionSource implements DataSource {

    @Override
    public abstract Connection getConnection() throws SQLException;

    /** Credentials come with the address (and ~/.pgpass), never as arguments. */
    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLException("Orbit passes no credentials here");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
