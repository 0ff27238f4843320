package app.orbit.cli;

import app.orbit.service.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code orbit --version}: the version and commit Maven built, and the Java runtime Orbit runs on
 * (the one bundled in the installed app, or another). "development" and "unknown" when run from
 * the classes or built without git.
 */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties build = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/app/orbit/build.properties")) {
            if (in != null) {
                build.load(in);
            }
        }
        Messages messages = new Messages(Locale.getDefault());
        // jpackage's launcher sets jpackage.app-path: Orbit runs on the runtime installed with it.
        boolean bundled = System.getProperty("jpackage.app-path") != null;
        return new String[] {
            messages.get("cli.version.orbit", known(build.getProperty("version"), "development"),
                    known(build.getProperty("commit"), "unknown")),
            messages.get(bundled ? "cli.version.java.bundled" : "cli.version.java.other",
                    Runtime.version().toString(), System.getProperty("java.vendor", "?"),
                    Path.of(System.getProperty("java.home", "?")).toString())
        };
    }

    /** A value Maven filled in, or the fallback when it was left as a placeholder or empty. */
    static String known(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value;
    }
}
