package app.orbit.testing;

import app.orbit.app.Orbit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test one fresh Orbit ({@link FreshOrbit}): the test method and its {@code @BeforeEach}
 * methods get the same instance; JUnit closes it and deletes its directory when the test ends.
 */
public final class OrbitExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(OrbitExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Orbit.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(SPACE).getOrComputeIfAbsent("orbit", k -> Opened.onH2(), Opened.class).orbit();
    }

    /** An Orbit and the directory it was opened in, both gone when the test's store closes. */
    public record Opened(Orbit orbit, Path directory) implements ExtensionContext.Store.CloseableResource {

        /** A new Orbit on a new H2 data directory, at {@link TestOrbit#TODAY}. */
        public static Opened onH2() {
            Path dir = newDirectory("orbit-test-");
            return new Opened(TestOrbit.open(dir), dir);
        }

        @Override
        public void close() {
            // A test may have closed it already (to reopen its directory): closing twice is harmless.
            orbit.close();
            deleteTree(directory);
        }
    }

    static Path newDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a test's directory and all it holds. */
    public static void deleteTree(Path directory) {
        try (Stream<Path> all = Files.walk(directory)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
