package app.orbit.store;

import app.orbit.app.Orbit;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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
 * database copied from a migrated template, which takes milliseconds). A test takes the
 * {@link Store} (repository tests) or a whole {@link Orbit} on it (service tests: on PostgreSQL,
 * as {@code orbit --database} opens it, with a local directory of its own).
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
        private Orbit orbit;
        /** The local directory: H2's data, or the local side of an Orbit on PostgreSQL. */
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
            return type == Store.class || type == Dialect.class || type == Orbit.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Dialect.class ? dialect : type == Orbit.class ? orbit() : store();
        }

        private Orbit orbit() {
            if (store != null) {
                throw new IllegalStateException("a test takes either the Store or an Orbit, not both");
            }
            if (orbit == null) {
                try {
                    h2Directory = Files.createTempDirectory("orbit-engine-" + dialect.name().toLowerCase(java.util.Locale.ROOT));
                    if (dialect == Dialect.H2) {
                        orbit = TestOrbit.open(h2Directory);
                    } else {
                        pgDatabase = TestPostgres.newDatabase();
                        orbit = Orbit.openShared(TestPostgres.address(pgDatabase), h2Directory,
                                TestOrbit.clockAt(TestOrbit.TODAY));
                    }
                } catch (IOException | SQLException e) {
                    throw new IllegalStateException("Could not open Orbit on " + dialect + " for the test", e);
                }
            }
            return orbit;
        }

        private Store store() {
            if (orbit != null) {
                throw new IllegalStateException("a test takes either the Store or an Orbit, not both");
            }
            if (store == null) {
                try {
                    if (dialect == Dialect.H2) {
                        h2Directory = Files.createTempDirectory("orbit-engine-h2");
                        store = Database.open(h2Directory);
                    } else {
                        pgDatabase = TestPostgres.newDatabase();
                        store = PostgresStore.open(TestPostgres.source(pgDatabase));
                    }
                } catch (IOException | SQLException e) {
                    throw new IllegalStateException("Could not open a " + dialect + " database for the test", e);
                }
            }
            return store;
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            if (orbit != null) {
                orbit.close();
                orbit = null;
            }
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
                TestPostgres.drop(pgDatabase);
            }
        }
    }
}
