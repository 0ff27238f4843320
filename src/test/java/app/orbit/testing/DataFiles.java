package app.orbit.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file under a data directory, by its relative path: to check that nothing was written. */
public final class DataFiles {

    private DataFiles() {
    }

    public static Map<String, byte[]> under(Path dir) throws IOException {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                all.put(dir.relativize(f).toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }
}
