package app.orbit.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link EachEngine} test on both engines, each time on a new database: H2 in a
 * temporary directory, PostgreSQL on a server this JVM starts once from Maven's binaries (a new
 * database copied from a migrated template, which takes milliseconds).
 */
final class EngineExtension implements TestTemplateInvocationContextProvider {

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(new Engine(Dialect.H2), new Engine(Dialect.POSTGRESQL));
    }

    /** One run of a test on one engine: opens its store before the first use, closes and drops it after. */
    private static final class Engine implements TestTemplateInvocationContext, ParameterResolver, AfterEachCallback {

        private final Dialect dialect;
        private Store store;
        private Path h2Directory;
        private String pgDatabase;

        Engine(Dialect dialect) {
            this.dialect = dialect;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return dialect == Dialect.H2 ? "H2" : "PostgreSQL";
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(this);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Store.class || type == Dialect.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Dialect.class ? dialect : store();
        }

        private Store store() {
            if (store == null) {
                try {
                    if (dialect == Dialect.H2) {
                        h2Directory = Files.createTempDirectory("orbit-engine-h2");
                        store = Database.open(h2Directory);
                    } else {
                        pgDatabase = Postgres.newDatabase();
                        store = PostgresStore.open(Postgres.source(pgDatabase));
                    }
                } catch (IOException | SQLException e) {
                    throw new IllegalStateException("Could not open a " + dialect + " database for the test", e);
                }
            }
            return store;
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            if (store != null) {
                store.close();
                store = null;
            }
            if (h2Directory != null) {
                try (Stream<Path> all = Files.walk(h2Directory)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
            if (pgDatabase != null) {
                Postgres.drop(pgDatabase);
            }
        }
    }

    /** The PostgreSQL server of this JVM, started at the first test that needs it, stopped when the JVM ends. */
    static final class Postgres {

        private static final String TEMPLATE = "orbit_template";
        private static final AtomicLong NEXT = new AtomicLong();
        private static EmbeddedPostgres server;

        private Postgres() {
        }

        static synchronized EmbeddedPostgres server() throws IOException, SQLException {
            if (server == null) {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
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
        static synchronized String newDatabase() throws IOException, SQLException {
            String name = "orbit_test_" + NEXT.incrementAndGet();
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
            }
            return name;
        }

        static DataSource source(String database) throws IOException, SQLException {
            return server().getDatabase("postgres", database);
        }

        static synchronized void drop(String database) throws IOException, SQLException {
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }
}
