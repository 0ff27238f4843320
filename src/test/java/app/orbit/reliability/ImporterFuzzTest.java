package app.orbit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.ImportPreview;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeded mutations of valid files for every importer: truncation, byte flips, huge fields,
 * deep nesting, odd encodings, NULs and line-ending changes. Every case must end in success or
 * a clear {@link OrbitException}; never another exception, a hang, or a partial write (a
 * refused import leaves the contact and interaction counts as they were). {@code -Dorbit.fuzz.cases=N}
 * per format (the {@code fuzz} Maven profile runs ten thousand).
 */
class ImporterFuzzTest {

    private static final Logger LOG = LoggerFactory.getLogger(ImporterFuzzTest.class);
    static final int CASES = Integer.getInteger("orbit.fuzz.cases", 60);
    static final long SEED = Long.getLong("orbit.fuzz.seed", 20261126L);

    @TempDir
    Path dir;

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImporterFuzzTest.class.getResourceAsStream("/app/orbit/exchange/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] importFixture(String name) throws IOException {
        try (InputStream in = ImporterFuzzTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] seed(ImportFormat format, Path dir) throws IOException {
        return switch (format) {
            case LINKEDIN -> resource("Connections.csv");
            case GOOGLE -> resource("google-contacts.csv");
            case VCARD -> resource("rfc6350-4.0.vcf");
            case OUTLOOK -> importFixture("outlook.csv");
            case THUNDERBIRD -> importFixture("thunderbird.csv");
            case JSON -> jsonBackup(dir.resolve("json-seed"));
        };
    }

    /** A real backup of a small network with hostile text, from the JSON exporter. */
    private static byte[] jsonBackup(Path dataDir) {
        try (Orbit orbit = TestOrbit.open(dataDir)) {
            Contact a = orbit.contacts().create(Contact.builder().firstName("Zoé").lastName("O'Brien \"Q\"")
                    .email("zoe@example.fr").tag("café").needs("levée de fonds").notes("שלום 🎉\nline two")
                    .circle(Circle.CLOSE).build());
            Contact b = orbit.contacts().create(Contact.builder().firstName("Bob").lastName("'; DROP TABLE contact;--")
                    .circle(Circle.INNER).introducedById(a.id()).build());
            orbit.interactions().log(Interaction.of(TestOrbit.TODAY, InteractionKind.MEETING, List.of(a.id(), b.id()),
                    "Lunch", "notes", Exchange.GAVE, null));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            orbit.exporter().export(ExportFormat.JSON, ContactFilter.ALL, out, Progress.NONE);
            return out.toByteArray();
        }
    }

    static byte[] mutate(byte[] seed, Random r) {
        byte[] b = seed.clone();
        int len = b.length;
        if (len == 0) {
            // An earlier truncation left nothing: an empty file is a case of its own, nothing to flip.
            return b;
        }
        return switch (r.nextInt(10)) {
            case 0 -> Arrays.copyOf(b, r.nextInt(len + 1));
            case 1 -> {
                for (int i = 1 + r.nextInt(8); i > 0; i--) {
                    b[r.nextInt(len)] ^= (byte) (1 + r.nextInt(255));
                }
                yield b;
            }
            case 2 -> insert(b, r.nextInt(len + 1), "A".repeat(50_000 + r.nextInt(300_000))
                    .getBytes(StandardCharsets.US_ASCII));
            case 3 -> insert(b, r.nextInt(len + 1), nesting(r));
            case 4 -> {
                String text = new String(b, StandardCharsets.UTF_8);
                yield r.nextBoolean() ? withBom(text.getBytes(StandardCharsets.UTF_16LE), 0xFF, 0xFE)
                        : withBom(text.getBytes(StandardCharsets.UTF_16BE), 0xFE, 0xFF);
            }
            case 5 -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
            case 6 -> insert(b, r.nextInt(len + 1), new byte[] {(byte) 0xC3, 0x28, (byte) 0xF0, (byte) 0x9F, 0, 0x1B});
            case 7 -> new String(b, StandardCharsets.UTF_8).replace("\n", r.nextBoolean() ? "\r" : "\r\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            case 8 -> {
                // A line repeated many times: duplicate rows, cards or keys.
                String text = new String(b, StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                String line = lines[r.nextInt(lines.length)];
                // Capped at about 4 MB: repeating a line a previous mutation made huge overflowed a String.
                int times = Math.min(200 + r.nextInt(2000), 4_000_000 / (line.length() + 1));
                yield (text + ("\n" + line).repeat(Math.max(1, times))).getBytes(StandardCharsets.UTF_8);
            }
            default -> mutate(mutate(b, r), r);
        };
    }

    private static byte[] nesting(Random r) {
        int depth = 1_000 + r.nextInt(20_000);
        return switch (r.nextInt(3)) {
            case 0 -> ("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII);
            case 1 -> "{\"a\":".repeat(depth).getBytes(StandardCharsets.US_ASCII);
            default -> "BEGIN:VCARD\r\n".repeat(depth / 10).getBytes(StandardCharsets.US_ASCII);
        };
    }

    private static byte[] insert(byte[] into, int at, byte[] what) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    private static byte[] withBom(byte[] body, int b0, int b1) {
        return insert(body, 0, new byte[] {(byte) b0, (byte) b1});
    }

    /** Counted in SQL: the services have no count of interactions. Same JVM, so the same open database. */
    private static long interactions(Orbit orbit) {
        try (Connection c = DriverManager.getConnection(Database.url(orbit.dataDirectory()), "orbit", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM interaction")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @EnumSource(ImportFormat.class)
    void import_mutatedFiles_endInSuccessOrAClearErrorWithNothingHalfWritten(ImportFormat format) throws Exception {
        byte[] seed = seed(format, dir);
        Random random = new Random(SEED ^ format.ordinal());
        int succeeded = 0;
        int refused = 0;
        try (Orbit orbit = TestOrbit.open(dir.resolve("target"))) {
            for (int i = 0; i < CASES; i++) {
                byte[] input = mutate(seed, random);
                long contactsBefore = orbit.contacts().count();
                long interactionsBefore = interactions(orbit);
                // A generous guard: only a hang (an endless loop, a catastrophic regex) trips it.
                boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                    try {
                        // Half the cases name the format, half let Orbit recognise it.
                        ImportPreview preview = orbit.importer().preview(SourceText.decode("fuzz", input),
                                random.nextBoolean() ? format : null, Progress.NONE);
                        orbit.importer().apply(preview, Progress.NONE);
                        return true;
                    } catch (OrbitException clear) {
                        return false;
                    }
                }, () -> "case " + format + " hangs");
                if (ok) {
                    succeeded++;
                    assertThat(orbit.contacts().count()).isGreaterThanOrEqualTo(contactsBefore);
                } else {
                    refused++;
                    assertThat(orbit.contacts().count()).as("contacts after a refused import").isEqualTo(contactsBefore);
                    assertThat(interactions(orbit)).as("interactions after a refused import")
                            .isEqualTo(interactionsBefore);
                }
            }
        }
        String figures = String.format("fuzz/%s: cases=%d succeeded=%d refused clearly=%d uncaught=0 hangs=0 "
                + "partial writes=0", format, CASES, succeeded, refused);
        LOG.warn(figures);
        System.out.println(figures);
        assertThat(succeeded + refused).isEqualTo(CASES);
    }
}
