package app.orbit.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test run twice, on a fresh H2 database and on a fresh PostgreSQL one (EngineExtension): the
 * test's {@code @BeforeEach} and the test itself receive the {@link Store} as a parameter.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EngineExtension.class)
public @interface EachEngine {
}
