package app.orbit.testing;

import app.orbit.store.PostgresStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** The PostgreSQL server of this JVM (tests only), started at the first test that needs it, stopped when the JVM ends. */
public final class TestPostgres {

    private static final String TEMPLATE = "orbit_template";
    private static final AtomicLong NEXT = new AtomicLong();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    public static synchronized EmbeddedPostgres server() throws IOException, SQLException {
        if (server == null) {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (Boolean.getBoolean("orbit.pg.durable")) {
                // The builder turns synchronous_commit off, fine for tests; a benchmark of commits wants them durable.
                builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on");
            }
            EmbeddedPostgres started = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is ending; the server's folder is temporary.
                }
            }));
            server = started;
            try (Connection c = started.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + TEMPLATE);
            }
            PostgresStore.open(started.getDatabase("postgres", TEMPLATE)).close();
        }
        return server;
    }

    /** A new database holding Orbit's migrated, empty schema. */
    public static synchronized String newDatabase() throws IOException, SQLException {
        String name = "orbit_test_" + NEXT.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        }
        return name;
    }

    /** The address Orbit opens a database of this server by ({@code --database}). */
    public static String address(String database) throws IOException, SQLException {
        return "postgresql://postgres@localhost:" + server().getPort() + "/" + database;
    }

    public static DataSource source(String database) throws IOException, SQLException {
        return server().getDatabase("postgres", database);
    }

    public static synchronized void drop(String database) throws IOException, SQLException {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }
}
