package app.orbit.testing;

import app.orbit.app.Orbit;
import java.nio.file.Files;
import java.time.Clock;

/**
 * A PostgreSQL server for the README's screenshot of two windows on one network: starts the tests'
 * embedded PostgreSQL, makes a database holding the sample network, prints its address, and runs
 * until it is stopped (SIGTERM stops the server with it). Not a test.
 */
public final class ScreenshotServer {

    private ScreenshotServer() {
    }

    public static void main(String[] args) throws Exception {
        String database = TestPostgres.newDatabase();
        String address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
        try (Orbit orbit = Orbit.openShared(address, Files.createTempDirectory("orbit-screenshot-server"),
                Clock.systemDefaultZone())) {
            orbit.sampleNetwork().load();
        }
        System.out.println(address);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
