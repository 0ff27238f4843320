package app.orbit.bench;

import app.orbit.app.Orbit;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

/** Run in a fresh JVM by the benchmark: opens Orbit, computes what the first window shows, reports. */
public final class StartupProbe {

    private StartupProbe() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Object keep;
        try (Orbit orbit = Orbit.open(Path.of(args[0]), clock)) {
            keep = orbit.dueList().dueThisWeek();
            keep = orbit.contacts().search("", false, 5001);
            long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime rt = Runtime.getRuntime();
            double heapMb = (rt.totalMemory() - rt.freeMemory()) / 1e6;
            System.out.println("STARTUP " + sinceJvmStart + " " + heapMb + " " + (keep != null));
        }
    }
}
