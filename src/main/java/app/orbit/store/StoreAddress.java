package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.domain.ServerAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Where a store is, as the user writes it: {@code postgresql://[user@]host[:port]/database[?options]}
 * for a PostgreSQL server, {@code h2:DIR} for a data directory. A password is never part of the
 * address (it would sit in the shell's history and in process lists): PostgreSQL's driver reads
 * it from {@code ~/.pgpass}, or the file {@code PGPASSFILE} names.
 */
public final class StoreAddress {

    private StoreAddress() {
    }

    /**
     * Opens the store at {@code address}, migrated to this Orbit's schema.
     *
     * @throws OrbitException {@code migrateTo.badAddress}, {@code migrateTo.passwordInAddress},
     *     {@code migrateTo.unreachable}
     */
    public static Store open(String address) {
        if (address.startsWith("h2:")) {
            return Database.open(Path.of(address.substring(3)));
        }
        String jdbc = jdbcUrl(address);
        DataSource source = new UrlDataSource(jdbc);
        try (Connection c = source.getConnection()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new OrbitException(e, "migrateTo.unreachable", ServerAddress.masked(address), e.getMessage());
        }
        return PostgresStore.open(source);
    }

    /**
     * Checks a shared server's address as the user wrote it, without connecting: its form, and no
     * password in it.
     *
     * @throws OrbitException {@code migrateTo.badAddress}, {@code migrateTo.passwordInAddress}
     */
    public static void checkServer(String address) {
        jdbcUrl(address);
    }

    /** The JDBC address of a {@code postgresql://} one; refuses any other, and any with a password. */
    static String jdbcUrl(String address) {
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            throw new OrbitException(e, "migrateTo.badAddress", address);
        }
        if (!"postgresql".equals(uri.getScheme()) || uri.getHost() == null || uri.getPath() == null
                || uri.getPath().length() < 2) {
            throw new OrbitException("migrateTo.badAddress", address);
        }
        String user = uri.getRawUserInfo();
        if (user != null && user.contains(":")) {
            throw new OrbitException("migrateTo.passwordInAddress", ServerAddress.masked(address));
        }
        StringBuilder url = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
        if (uri.getPort() > 0) {
            url.append(':').append(uri.getPort());
        }
        url.append(uri.getRawPath());
        String query = uri.getRawQuery();
        if (user != null) {
            query = (query == null ? "" : query + "&") + "user=" + user;
        }
        if (query != null) {
            url.append('?').append(query);
        }
        return url.toString();
    }

    /** Connections from the driver for one address; PostgresStore keeps a few of them open. */
    private static final class UrlDataSource extends ConnectionSource {

        private final String url;

        UrlDataSource(String url) {
            this.url = url;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url);
        }
    }
}
