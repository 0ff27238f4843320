package app.orbit.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class whose tests (and their {@code @BeforeEach}) receive a real Orbit on a new H2 data
 * directory as an {@link app.orbit.app.Orbit} parameter, opened at {@link TestOrbit#TODAY} and
 * closed after the test ({@link OrbitExtension}): the {@code @TempDir} + {@code TestOrbit.open}
 * set-up, written once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(OrbitExtension.class)
public @interface FreshOrbit {
}
