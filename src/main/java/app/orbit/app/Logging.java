package app.orbit.app;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Context;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import app.orbit.store.OwnerOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the log to a rolling file in the data directory's {@code logs/} folder. Notes' text is never logged. */
public final class Logging {

    private static final app.orbit.service.Log LOG = app.orbit.service.Log.of(Logging.class);
    private static final String APPENDER = "orbit-file";

    private Logging() {
    }

    /** The size at which the log file rolls over to a new one. */
    private static final FileSize MAX_FILE_SIZE = FileSize.valueOf("5MB");

    /** Where the log goes once Logback is set up, when a data directory was named before that; else null. */
    private static Path pending;
    private static FileSize pendingSize;
    /** Logback's context once it is set up ({@link LogSetup}); null until then. */
    private static LoggerContext context;

    /**
     * Sends the log to {@code dataDir}'s {@code logs/} folder, made owner-only now. Logback is not
     * set up for it: that waits for the first line logged, which a short command may never write.
     */
    public static void toDataDirectory(Path dataDir) {
        toDataDirectory(dataDir, MAX_FILE_SIZE);
    }

    /** With another roll-over size: tests roll over after a few lines. */
    static void toDataDirectory(Path dataDir, FileSize maxFileSize) {
        ownerOnly(dataDir, dataDir.resolve("logs"));
        LoggerContext ctx;
        synchronized (Logging.class) {
            ctx = context;
            if (ctx == null) {
                pending = dataDir;
                pendingSize = maxFileSize;
                return;
            }
        }
        attach(ctx, dataDir, maxFileSize);
    }

    /** Sets Logback up now, on this thread, when it is not yet. */
    static void setUpNow() {
        LoggerFactory.getILoggerFactory();
    }

    /** Called by {@link LogSetup} while Logback sets itself up, on the thread of the first line logged. */
    static void setUp(LoggerContext ctx) {
        Path dir;
        FileSize size;
        synchronized (Logging.class) {
            context = ctx;
            dir = pending;
            size = pendingSize;
            pending = null;
        }
        if (dir != null) {
            attach(ctx, dir, size);
        }
    }

    private static synchronized void attach(LoggerContext ctx, Path dataDir, FileSize maxFileSize) {
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        Path file = dataDir.resolve("logs").resolve("orbit.log");
        if (root.getAppender(APPENDER) instanceof OnFirstLine current) {
            if (current.file.equals(file)) {
                return;
            }
            // Another data directory in the same process (tests, a restore elsewhere): follow it.
            root.detachAppender(current);
            current.stop();
        }
        OnFirstLine appender = new OnFirstLine(file, maxFileSize);
        appender.setContext(ctx);
        appender.setName(APPENDER);
        appender.start();
        root.addAppender(appender);
    }

    /**
     * The rolling file, made when the first line is logged: most commands log none, and making
     * it (Logback's pattern parser, its roll-over policy's look at the folder) took about a
     * twentieth of a command's start (docs/benchmarks.md).
     */
    private static final class OnFirstLine extends AppenderBase<ILoggingEvent> {
        private final Path file;
        private final FileSize maxFileSize;
        private RollingFileAppender<ILoggingEvent> rolling;

        OnFirstLine(Path file, FileSize maxFileSize) {
            this.file = file;
            this.maxFileSize = maxFileSize;
        }

        @Override
        protected synchronized void append(ILoggingEvent event) {
            if (rolling == null) {
                rolling = rolling(getContext(), file, maxFileSize);
            }
            rolling.doAppend(event);
        }

        @Override
        public synchronized void stop() {
            if (rolling != null) {
                rolling.stop();
                rolling = null;
            }
            super.stop();
        }
    }

    private static RollingFileAppender<ILoggingEvent> rolling(Context ctx, Path file, FileSize maxFileSize) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        // Owner-only from creation, the files it rolls over to included.
        RollingFileAppender<ILoggingEvent> appender = new OwnerOnlyRollingFileAppender<>();
        appender.setContext(ctx);
        appender.setName(APPENDER + "-rolling");
        appender.setFile(file.toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(appender);
        policy.setFileNamePattern(file.resolveSibling("orbit.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(maxFileSize);
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /**
     * Creates the folders and the log file owner-only before Logback opens it, which would
     * otherwise create them with the default permissions (readable by everyone, under most umasks).
     */
    private static void ownerOnly(Path dataDir, Path logs) {
        try {
            OwnerOnly.directory(dataDir);
            OwnerOnly.directory(logs);
            Path file = logs.resolve("orbit.log");
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            OwnerOnly.file(file);
        } catch (IOException e) {
            LOG.warn("Could not make the log folder owner-only: {}",
                    e.getMessage());
        }
    }

    /** Stops writing to the data directory's log file (tests; an embedder switching data directories). */
    public static void detach() {
        synchronized (Logging.class) {
            pending = null;
        }
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx) {
            ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender(APPENDER);
            if (appender != null) {
                root.detachAppender(appender);
                appender.stop();
            }
        }
    }
}
