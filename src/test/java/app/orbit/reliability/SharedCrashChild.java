package app.orbit.reliability;

import app.orbit.app.Orbit;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A client of a shared PostgreSQL database, run in a JVM of its own by {@link SharedKillTest}:
 * logs interactions with many participants as fast as it can, printing each one once its commit
 * is acknowledged, until it is killed. Arguments: the server's address, a seed.
 */
public final class SharedCrashChild {

    private SharedCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String address = args[0];
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = System.out;
        Path local = Files.createTempDirectory("orbit-shared-child");
        try (Orbit orbit = Orbit.openShared(address, local, TestOrbit.clockAt(TestOrbit.TODAY))) {
            List<Long> ids = orbit.contacts().search("", false, 1_000).stream().map(s -> s.id()).toList();
            out.println("READY");
            out.flush();
            while (true) {
                // Many participants and long notes: a long transaction, so that a kill often lands inside one.
                int n = 5 + random.nextInt(Math.min(20, ids.size() - 5));
                List<Long> with = new ArrayList<>();
                while (with.size() < n) {
                    Long id = ids.get(random.nextInt(ids.size()));
                    if (!with.contains(id)) {
                        with.add(id);
                    }
                }
                LocalDate date = TestOrbit.TODAY.minusDays(random.nextInt(300));
                Interaction stored = orbit.interactions().log(Interaction.of(date, InteractionKind.MEETING, with,
                        "Shared round " + random.nextInt(1000), "notes ".repeat(200 + random.nextInt(400)),
                        Exchange.NONE, null));
                // Printed only after log() returned: the server acknowledged the commit.
                out.println("ACK " + stored.id() + " " + with.stream().map(String::valueOf)
                        .collect(Collectors.joining(",")) + " END");
                out.flush();
            }
        }
    }
}
