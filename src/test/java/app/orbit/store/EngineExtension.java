package app.orbit.store;

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
