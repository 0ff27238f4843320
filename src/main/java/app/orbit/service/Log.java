package app.orbit.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * A class's logger, asked of SLF4J at its first line rather than when the class loads: setting
 * Logback up took about a tenth of a short command's start, and a command such as
 * {@code orbit contacts list} logs nothing (docs/benchmarks.md). The same calls as SLF4J's.
 */
public final class Log {

    private final Class<?> owner;
    private volatile Logger logger;

    private Log(Class<?> owner) {
        this.owner = owner;
    }

    public static Log of(Class<?> owner) {
        return new Log(owner);
    }

    private Logger logger() {
        Logger l = logger;
        if (l == null) {
            l = LoggerFactory.getLogger(owner);
            logger = l;
        }
        return l;
    }

    public void debug(String format, Object... arguments) {
        logger().debug(format, arguments);
    }

    public void info(String format, Object... arguments) {
        logger().info(format, arguments);
    }

    public void warn(String format, Object... arguments) {
        logger().warn(format, arguments);
    }

    public void error(String format, Object... arguments) {
        logger().error(format, arguments);
    }
}
