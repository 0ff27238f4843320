package app.orbit.reliability;

import app.orbit.app.Orbit;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The process the crash harness kills: opens Orbit on a data directory and writes through the
 * real services in a loop, printing one line per acknowledged write, until it is killed.
 * Modes: {@code log} logs interactions, {@code compact} logs two then compacts the file, again
 * and again, {@code backup} takes backups, {@code import} imports LinkedIn
 * files of {@link #IMPORT_ROWS} new people each, {@code restore} logs one interaction then
 * restores the backup named by the fourth argument, again and again, {@code migrate} only opens
 * (a database at an older schema: the kill lands in the migration) and waits.
 */
public final class CrashChild {

    static final int IMPORT_ROWS = 40;
    /** People in the one import of {@code fill} mode, into an empty Orbit (a new file swapped in). */
    static final int FILL_ROWS = 3_000;

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String mode = args[1];
        Random random = new Random(Long.parseLong(args[2]));
        PrintStream out = System.out;
        if (mode.equals("restore")) {
            restoreForever(TestOrbit.open(dir), args[3], random, out);
            return;
        }
        try (Orbit orbit = TestOrbit.open(dir)) {
            // As the window does after it is shown: a kill may land in the middle of it.
            orbit.dailyBackup();
            out.println("READY");
            out.flush();
            if (mode.equals("log")) {
                logForever(orbit, random, out);
            } else if (mode.equals("import")) {
                importForever(orbit, random, out);
            } else if (mode.equals("fill")) {
                importOnce(orbit, random, out);
            } else if (mode.equals("compact")) {
                compactForever(orbit, random, out);
            } else if (mode.equals("backup")) {
                backUpForever(orbit, out);
            } else if (mode.equals("migrate")) {
                out.println("MIGRATED END");
                out.flush();
                waitToBeKilled();
            } else {
                throw new IllegalArgumentException(mode);
            }
        }
    }

    private static void logForever(Orbit orbit, Random random, PrintStream out) {
        logForever(orbit, random, out, false);
    }

    /** Two logged interactions, then a compaction of the whole file, again and again. */
    private static void compactForever(Orbit orbit, Random random, PrintStream out) {
        logForever(orbit, random, out, true);
    }

    private static void logForever(Orbit orbit, Random random, PrintStream out, boolean compact) {
        List<Long> ids = orbit.contacts().search("", true, 10_000).stream().map(ContactSummary::id).toList();
        InteractionKind[] kinds = InteractionKind.values();
        Exchange[] exchanges = Exchange.values();
        for (long round = 1; ; round++) {
            if (compact && round % 2 == 0) {
                orbit.compactNow();
                out.println("COMPACTED END");
                out.flush();
            }
            int n = 1 + random.nextInt(3);
            List<Long> with = new ArrayList<>();
            while (with.size() < n) {
                Long id = ids.get(random.nextInt(ids.size()));
                if (!with.contains(id)) {
                    with.add(id);
                }
            }
            LocalDate date = TestOrbit.TODAY.minusDays(random.nextInt(400));
            Interaction stored = orbit.interactions().log(Interaction.of(date, kinds[random.nextInt(kinds.length)],
                    with, "Crash round " + random.nextInt(1000), "notes " + random.nextLong(),
                    exchanges[random.nextInt(exchanges.length)], null));
            // Printed only after log() returned: the commit is acknowledged.
            out.println("ACK " + stored.id() + " " + date + " "
                    + with.stream().map(String::valueOf).collect(Collectors.joining(",")) + " END");
            out.flush();
        }
    }

    private static void waitToBeKilled() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One interaction logged (summary "Restore round …", acknowledged), then the backup restored
     * (which takes it away again, by design), acknowledged as RESTORED: a kill leaves the state
     * before the restore or after it, each whole.
     */
    private static void restoreForever(Orbit first, String backupName, Random random, PrintStream out) {
        Orbit orbit = first;
        orbit.dailyBackup();
        out.println("READY");
        out.flush();
        var backup = orbit.backups().list().stream().filter(b -> b.fileName().equals(backupName)).findFirst()
                .orElseThrow();
        List<Long> ids = orbit.contacts().search("", true, 50).stream().map(ContactSummary::id).toList();
        while (true) {
            Long who = ids.get(random.nextInt(ids.size()));
            LocalDate date = TestOrbit.TODAY.minusDays(random.nextInt(30));
            long token = random.nextLong() & Long.MAX_VALUE;
            Interaction stored = orbit.interactions().log(Interaction.of(date, InteractionKind.CALL, List.of(who),
                    "Restore round " + token, "", Exchange.NONE, null));
            out.println("ACK " + stored.id() + " " + date + " " + who + " " + token + " END");
            out.flush();
            orbit = orbit.restore(backup);
            out.println("RESTORED END");
            out.flush();
        }
    }

    private static void backUpForever(Orbit orbit, PrintStream out) {
        while (true) {
            var backup = orbit.backups().backupNow();
            out.println("BACKUP " + backup.fileName() + " END");
            out.flush();
        }
    }

    /** One import into the empty Orbit, written into a new file and swapped in (Database.fill), then nothing. */
    private static void importOnce(Orbit orbit, Random random, PrintStream out) {
        byte[] file = app.orbit.bench.LinkedInFile.generate(FILL_ROWS, random.nextLong(), "filled");
        var preview = orbit.importer().preview(app.orbit.exchange.SourceText.decode("Connections.csv", file),
                app.orbit.exchange.ImportFormat.LINKEDIN, app.orbit.exchange.Progress.NONE);
        var result = orbit.importer().apply(preview, app.orbit.exchange.Progress.NONE);
        out.println("IMPORT " + result.created() + " END");
        out.flush();
        waitToBeKilled();
    }

    private static void importForever(Orbit orbit, Random random, PrintStream out) {
        while (true) {
            // A tag unique to this file: its people are all new, so a whole import adds exactly IMPORT_ROWS.
            String tag = "t" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
            byte[] file = app.orbit.bench.LinkedInFile.generate(IMPORT_ROWS, random.nextLong(), tag);
            var preview = orbit.importer().preview(app.orbit.exchange.SourceText.decode("Connections.csv", file),
                    app.orbit.exchange.ImportFormat.LINKEDIN, app.orbit.exchange.Progress.NONE);
            var result = orbit.importer().apply(preview, app.orbit.exchange.Progress.NONE);
            out.println("IMPORT " + result.created() + " END");
            out.flush();
        }
    }
}
