package app.orbit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code orbit --version}: the version Maven packaged, or "development" when run from the classes. */
public final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/META-INF/maven/app.orbit/orbit/pom.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"Orbit " + p.getProperty("version", "development")};
    }
}
