package app.orbit.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;

/**
 * Logback's configuration, in code (found through {@code META-INF/services}): no console output,
 * since the command line's stdout and stderr belong to its own messages; INFO for Orbit, WARN for
 * Flyway and H2. {@link Logging} adds the rolling file in the data directory. In code rather than
 * a logback.xml: reading the XML loaded some 300 more classes, 0.14 s of every cold start. A
 * logback-test.xml on the class path (the tests') takes precedence.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        Logging.setUp(context);
        if (LogSetup.class.getResource("/logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        context.getStatusManager().add(new NopStatusListener());
        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        context.getLogger("org.h2").setLevel(Level.WARN);
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
