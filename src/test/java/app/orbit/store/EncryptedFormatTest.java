package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Random;
import org.h2.security.SHA256;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orbit's AES-XTS channel and H2's {@code CIPHER=AES} ({@link FileEncrypt}) read and write the same
 * files: the same bytes for the same key, salt and writes; each reads what the other wrote; whole
 * databases open either way (decision 0018).
 */
class EncryptedFormatTest {

    @TempDir
    Path dir;

    private static final DatabaseKey KEY = key(7);

    private static DatabaseKey key(int seed) {
        byte[] derived = new byte[32];
        new Random(seed).nextBytes(derived);
        return DatabaseKey.of(derived);
    }

    private static FileChannel h2(Path file) throws IOException {
        return new FileEncrypt(file.toString(), KEY.fileKey(), FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE));
    }

    private static FileChannel orbit(Path file) throws IOException {
        return Encryption.channel(file, KEY, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    private static void writeAt(FileChannel ch, byte[] bytes, long position) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            position += ch.write(b, position);
        }
    }

    private static byte[] readAt(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            int n = ch.read(b, position + b.position());
            if (n < 0) {
                break;
            }
        }
        return Arrays.copyOf(b.array(), b.position());
    }

    @Test
    void pbkdf2_sameAsH2s_forTheFileKeyAndRandomSalts() {
        Random random = new Random(1);
        for (int i = 0; i < 20; i++) {
            byte[] salt = new byte[8];
            random.nextBytes(salt);
            byte[] fileKey = key(i).fileKey();
            assertThat(XtsCipher.pbkdf2(fileKey.clone(), salt)).isEqualTo(SHA256.getPBKDF2(fileKey.clone(), salt, 10, 16));
        }
    }

    /**
     * Both channels on two files with the same header (so the same salt), the same writes and
     * truncations at random places, lengths and sizes: the files stay byte for byte the same, and
     * reads at random places give the same bytes as a plain copy kept in memory.
     */
    @Test
    void randomWritesAndTruncations_sameBytesOnDiskAsH2s_andReadsMatchAPlainCopy() throws IOException {
        Path a = dir.resolve("h2.bin");
        Path b = dir.resolve("orbit.bin");
        try (FileChannel ch = h2(a)) {
            ch.size(); // writes the header with a random salt
        }
        Files.copy(a, b);
        Random random = new Random(42);
        byte[] model = new byte[0];
        int compared = 0;
        try (FileChannel h2 = h2(a); FileChannel orbit = orbit(b)) {
            for (int op = 0; op < 400; op++) {
                long size = h2.size();
                assertThat(orbit.size()).isEqualTo(size);
                if (random.nextInt(10) == 0) {
                    long to = size == 0 ? 0 : (long) (random.nextDouble() * size);
                    h2.truncate(to);
                    orbit.truncate(to);
                    model = Arrays.copyOf(model, (int) to);
                } else {
                    boolean aligned = random.nextBoolean();
                    // Never past the end: a gap is never written, and reads back as noise, in either.
                    long position = aligned ? 4096L * random.nextInt((int) (size / 4096) + 1)
                            : (long) random.nextInt((int) size + 1);
                    int length = aligned ? 4096 * (1 + random.nextInt(20)) : 1 + random.nextInt(9000);
                    byte[] data = new byte[length];
                    random.nextBytes(data);
                    if (!h2WritesThisRight(size, position, length)) {
                        continue;
                    }
                    writeAt(h2, data, position);
                    writeAt(orbit, data, position);
                    if (position + length > model.length) {
                        model = Arrays.copyOf(model, (int) (position + length));
                    }
                    System.arraycopy(data, 0, model, (int) position, length);
                }
                assertThat(orbit.size()).isEqualTo(model.length);
                assertThat(Files.readAllBytes(b)).as("the file after operation %d", op).isEqualTo(Files.readAllBytes(a));
                compared++;
                for (int r = 0; r < 5 && model.length > 0; r++) {
                    int from = random.nextInt(model.length);
                    int length = 1 + random.nextInt(Math.min(20000, model.length - from));
                    byte[] expected = Arrays.copyOfRange(model, from, from + length);
                    assertThat(readAt(orbit, from, length)).isEqualTo(expected);
                    assertThat(readAt(h2, from, length)).isEqualTo(expected);
                }
            }
        }
        assertThat(compared).as("operations compared byte for byte").isGreaterThan(100);
    }

    /**
     * Whether H2's FileEncrypt writes this right. After an unaligned write it writes the zeros that
     * tell an unaligned size right after the sectors it wrote, even when they are not the last ones
     * (overwriting the start of the next sector); and a write that takes an unaligned size to a
     * whole number of sectors leaves those zeros of the old size in place (the file then reads
     * shorter when opened again); and an unaligned write that starts in the file's sectors and
     * ends past them fails (it reads all the sectors it spans, and the file ends before).
     * MVStore never writes so (its files are whole 4 KiB blocks); Orbit's channel writes those
     * zeros only after the last sector, removes them, and extends the file.
     */
    private static boolean h2WritesThisRight(long size, long position, int length) {
        boolean unaligned = position % 4096 != 0 || length % 4096 != 0;
        long newSize = Math.max(size, position + length);
        long from = position / 4096 * 4096;
        long sectorsEnd = (position + length + 4095) / 4096 * 4096;
        long sizeSectorsEnd = (size + 4095) / 4096 * 4096;
        boolean sizeFromUnalignedToWhole = size % 4096 != 0 && newSize % 4096 == 0 && newSize > size;
        boolean readsPastTheEnd = unaligned && from < size && sectorsEnd > sizeSectorsEnd;
        return !sizeFromUnalignedToWhole && !readsPastTheEnd
                && (!unaligned || newSize % 4096 == 0 || sectorsEnd == (newSize + 4095) / 4096 * 4096);
    }

    /**
     * The channel keeps sectors it decrypted for the next small read (H2 reads a page at a time):
     * reads of a few hundred bytes in a few sectors, between writes and truncations of those
     * sectors, always give what was last written, and the file stays H2's bytes.
     */
    @Test
    void smallReadsBetweenWritesAndTruncations_readWhatWasLastWritten_andTheFileAsH2Writes() throws IOException {
        Path a = dir.resolve("h2-small.bin");
        Path b = dir.resolve("orbit-small.bin");
        try (FileChannel ch = h2(a)) {
            ch.size();
        }
        Files.copy(a, b);
        Random random = new Random(12);
        byte[] model = new byte[0];
        int reads = 0;
        try (FileChannel h2 = h2(a); FileChannel orbit = orbit(b)) {
            for (int op = 0; op < 600; op++) {
                long size = orbit.size();
                int kind = random.nextInt(10);
                if (kind == 0 && size > 0) {
                    // Whole sectors only: the truncations MVStore makes, and that H2's channel takes right.
                    long to = 4096L * random.nextInt((int) (size / 4096) + 1);
                    h2.truncate(to);
                    orbit.truncate(to);
                    model = Arrays.copyOf(model, (int) to);
                } else if (kind < 4) {
                    boolean aligned = random.nextBoolean() || size % 4096 != 0;
                    long position = aligned ? 4096L * random.nextInt((int) Math.min(6, size / 4096 + 1))
                            : random.nextInt((int) Math.min(size + 1, 6 * 4096));
                    int length = aligned ? 4096 * (1 + random.nextInt(3)) : 1 + random.nextInt(700);
                    if (!h2WritesThisRight(size, position, length)) {
                        continue;
                    }
                    byte[] data = new byte[length];
                    random.nextBytes(data);
                    writeAt(h2, data, position);
                    writeAt(orbit, data, position);
                    if (position + length > model.length) {
                        model = Arrays.copyOf(model, (int) (position + length));
                    }
                    System.arraycopy(data, 0, model, (int) position, length);
                }
                assertThat(orbit.size()).isEqualTo(model.length);
                for (int r = 0; r < 8 && model.length > 0; r++) {
                    int from = random.nextInt(model.length);
                    int length = 1 + random.nextInt(Math.min(600, model.length - from));
                    assertThat(readAt(orbit, from, length)).as("read %d after operation %d", r, op)
                            .isEqualTo(Arrays.copyOfRange(model, from, from + length));
                    reads++;
                }
            }
        }
        assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
        assertThat(reads).isGreaterThan(2000);
    }

    /** Whatever one channel writes (anywhere, any length, truncations too), the other reads back. */
    @Test
    void eachReadsWhatTheOtherWrote_randomOffsetsLengthsAndPartialBlocks() throws IOException {
        for (boolean orbitWrites : new boolean[] {true, false}) {
            Path file = dir.resolve("cross-" + orbitWrites + ".bin");
            Random random = new Random(orbitWrites ? 3 : 4);
            byte[] model = new byte[0];
            try (FileChannel ch = orbitWrites ? orbit(file) : h2(file)) {
                for (int op = 0; op < 300; op++) {
                    long size = ch.size();
                    if (random.nextInt(8) == 0) {
                        long to = (long) (random.nextDouble() * size);
                        ch.truncate(to);
                        model = Arrays.copyOf(model, (int) to);
                        continue;
                    }
                    long position = random.nextInt((int) size + 1);
                    int length = 1 + random.nextInt(10000);
                    if (!orbitWrites && !h2WritesThisRight(size, position, length)) {
                        continue;
                    }
                    byte[] data = new byte[length];
                    random.nextBytes(data);
                    writeAt(ch, data, position);
                    if (position + length > model.length) {
                        model = Arrays.copyOf(model, (int) (position + length));
                    }
                    System.arraycopy(data, 0, model, (int) position, length);
                }
            }
            try (FileChannel other = orbitWrites ? h2(file) : orbit(file)) {
                assertThat(other.size()).isEqualTo(model.length);
                assertThat(readAt(other, 0, model.length)).isEqualTo(model);
                for (int r = 0; r < 50; r++) {
                    int from = random.nextInt(model.length);
                    int length = 1 + random.nextInt(model.length - from);
                    assertThat(readAt(other, from, length)).isEqualTo(Arrays.copyOfRange(model, from, from + length));
                }
            }
        }
    }

    @Test
    void newFile_headerAsH2s_andSizeTruncateAndReadPastTheEnd() throws IOException {
        Path file = dir.resolve("new.bin");
        try (FileChannel ch = orbit(file)) {
            assertThat(ch.size()).isZero();
            writeAt(ch, new byte[5000], 0);
            assertThat(ch.size()).isEqualTo(5000);
            assertThat(ch.read(ByteBuffer.allocate(10), 5000)).isEqualTo(-1);
            assertThat(ch.read(ByteBuffer.allocate(10), 4995)).isEqualTo(5);
            ch.truncate(100);
            assertThat(ch.size()).isEqualTo(100);
            ch.truncate(4096);
            assertThat(ch.size()).as("truncate never grows").isEqualTo(100);
        }
        byte[] raw = Files.readAllBytes(file);
        assertThat(new String(raw, 0, 10, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        assertThat(Arrays.copyOfRange(raw, 18, 4096)).containsOnly(0);
        assertThat(raw).hasSize(4096 + 4096 + 100);
        try (FileChannel ch = h2(file)) {
            assertThat(ch.size()).isEqualTo(100);
            assertThat(readAt(ch, 0, 100)).containsOnly(0);
        }
    }

    @Test
    void h2Name_equalKeysShareOneName_andNoNameHoldsTheKey() {
        byte[] derived = new byte[32];
        new Random(11).nextBytes(derived);
        DatabaseKey one = DatabaseKey.of(derived);
        DatabaseKey same = DatabaseKey.of(derived.clone());
        Path file = dir.resolve(Database.FILE_NAME);
        String name = one.h2Name(file);
        assertThat(same.h2Name(file)).as("one database, one name for H2").isEqualTo(name);
        assertThat(key(12).h2Name(file)).isNotEqualTo(name);
        assertThat(name).startsWith(EncryptedFilePath.SCHEME + ":").endsWith(file.toAbsolutePath().toString());
        String hex = java.util.HexFormat.of().formatHex(derived);
        assertThat(name.toLowerCase(java.util.Locale.ROOT)).doesNotContain(hex.substring(0, 16))
                .doesNotContain(hex.substring(hex.length() - 16));
        assertThat(Database.url(dir, one)).doesNotContain("CIPHER").doesNotContain(hex.substring(0, 16));
    }

    @Test
    void h2Name_theFirstHolderOfAnEqualKeyGone_theFileStillOpensUnderTheName() throws Exception {
        // EncryptionTest opened a database twice with the same passphrase: the first key object
        // was collected and the handle it had registered (weakly) lost its key, though the second,
        // equal one was in use ("Could not open file orbitaes:...").
        byte[] derived = new byte[32];
        new Random(13).nextBytes(derived);
        Path file = dir.resolve("again");
        DatabaseKey first = DatabaseKey.of(derived);
        String name = first.h2Name(file);
        first = null;
        DatabaseKey second = DatabaseKey.of(derived.clone());
        assertThat(second.h2Name(file)).isEqualTo(name);
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:h2:" + name, "orbit", "")) {
            c.createStatement().execute("CREATE TABLE t(id INT)");
        }
        assertThat(second.encrypted()).isTrue();
    }

    private static void fill(Connection c, int from, int count) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = from; i < from + count; i++) {
                ps.setInt(1, i);
                ps.setString(2, "row " + i + " " + "y".repeat(i % 300));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void assertRows(Connection c, int count) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, s FROM t ORDER BY id")) {
            int i = 0;
            while (rs.next()) {
                assertThat(rs.getInt(1)).isEqualTo(i);
                assertThat(rs.getString(2)).isEqualTo("row " + i + " " + "y".repeat(i % 300));
                i++;
            }
            assertThat(i).isEqualTo(count);
        }
    }

    /** A database H2's CIPHER=AES wrote opens through Orbit's files and back, with writes each way. */
    @Test
    void database_writtenByH2sCipher_opensThroughOrbitsAndBack() throws Exception {
        Path db = dir.resolve(Database.FILE_NAME);
        String h2Url = "jdbc:h2:file:" + db + KEY.h2CipherUrlSuffix();
        String orbitUrl = "jdbc:h2:" + KEY.h2Name(db);
        try (Connection c = DriverManager.getConnection(h2Url, "orbit", KEY.h2CipherPassword());
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR)");
            fill(c, 0, 3000);
            st.execute("SHUTDOWN");
        }
        try (Connection c = DriverManager.getConnection(orbitUrl, "orbit", KEY.jdbcPassword());
             Statement st = c.createStatement()) {
            assertRows(c, 3000);
            fill(c, 3000, 2000);
            st.execute("SHUTDOWN");
        }
        try (Connection c = DriverManager.getConnection(h2Url, "orbit", KEY.h2CipherPassword());
             Statement st = c.createStatement()) {
            assertRows(c, 5000);
            st.execute("SHUTDOWN");
        }
        byte[] raw = Files.readAllBytes(Database.databaseFile(dir));
        assertThat(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("row 4999");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).containsExactly("orbit.mv.db");
    }

    /** An encrypted Orbit data directory whose file H2's own AES wrote (as before decision 0018) opens as before. */
    @Test
    void orbitDataDirectory_fileFromH2sCipher_opensWithThePassphrase() throws Exception {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("before", "the JDK's AES");
        }
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.encrypt(dir, lock, EncryptionTest.PASSPHRASE, EncryptionTest.TEST_KDF);
        }
        DatabaseKey key = Encryption.unlock(dir, EncryptionTest.PASSPHRASE);
        Path file = Database.databaseFile(dir);
        Path old = dir.resolve("h2-written.mv.db");
        // The file again, written by H2's FileEncrypt under the same key, as Orbit's files were before.
        try (FileChannel in = Encryption.channel(file, key, StandardOpenOption.READ);
             FileChannel out = new FileEncrypt(old.toString(), key.fileKey(), FileChannel.open(old,
                     StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE))) {
            byte[] all = readAt(in, 0, (int) in.size());
            writeAt(out, all, 0);
        }
        Files.move(old, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.open(dir, PassphraseSource.of(EncryptionTest.PASSPHRASE), Database.Migrations.NONE,
                false)) {
            assertThat(new JdbcSettingsRepository(db).get("before")).hasValue("the JDK's AES");
            new JdbcSettingsRepository(db).put("after", "still H2's format");
        }
        try (Connection c = DriverManager.getConnection(Database.url(dir) + key.h2CipherUrlSuffix(), "orbit",
                key.h2CipherPassword()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM setting WHERE setting_key IN ('before', 'after')")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(2);
            st.execute("SHUTDOWN");
        }
    }
}
