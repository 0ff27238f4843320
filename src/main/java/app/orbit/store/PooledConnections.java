package app.orbit.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * A few connections to a server kept open between transactions: opening one costs a network
 * round trip and the server's authentication (about 20 ms a logged interaction on this machine,
 * docs/benchmarks.md). A connection handed back is kept when it is still valid and in
 * auto-commit, otherwise closed.
 */
final class PooledConnections extends ConnectionSource implements AutoCloseable {

    private static final int KEEP = 8;

    private final DataSource source;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    PooledConnections(DataSource source) {
        this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection real = null;
        synchronized (idle) {
            while (real == null && !idle.isEmpty()) {
                Connection c = idle.pop();
                if (!c.isClosed()) {
                    real = c;
                }
            }
        }
        return lend(real != null ? real : source.getConnection());
    }

    /** The connection as the caller sees it: closing it hands it back. */
    private Connection lend(Connection real) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        if (!returned[0]) {
                            returned[0] = true;
                            giveBack(real);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed") && method.getParameterCount() == 0) {
                        return returned[0] || real.isClosed();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection real) throws SQLException {
        boolean keep = !real.isClosed() && real.getAutoCommit();
        synchronized (idle) {
            if (keep && !closed && idle.size() < KEEP) {
                idle.push(real);
                return;
            }
        }
        real.close();
    }

    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            for (Connection c : idle) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // Closing anyway: the server drops the session.
                }
            }
            idle.clear();
        }
    }
}
