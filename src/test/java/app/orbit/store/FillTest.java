package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Database#fill}: an import into an empty database, written into a new file and swapped in. */
class FillTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    /** Fills {@code people} contacts, each met twice; returns their ids. Last touches in afterRows. */
    private static List<Long> fill(Database db, int people) {
        JdbcContactRepository contacts = new JdbcContactRepository(db);
        JdbcInteractionRepository interactions = new JdbcInteractionRepository(db);
        return db.fill(() -> {
            List<Contact> rows = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                rows.add(person("P" + i, "Q").knownSince(TODAY.minusYears(3)).createdAt(NOW).updatedAt(NOW).build());
            }
            List<Long> ids = contacts.insertAll(rows);
            db.checkpoint();
            List<Interaction> met = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                met.add(new Interaction(null, TODAY.minusDays(10 + i % 7), InteractionKind.MEETING,
                        List.of(ids.get(i), ids.get((i + 1) % ids.size())), "coffee " + i, "",
                        app.orbit.domain.Exchange.values()[0], null, NOW, NOW));
            }
            interactions.insertAllLeavingLastTouch(met);
            return ids;
        }, ids -> interactions.settleAfterImport(ids));
    }

    /** The statements that define the indexes and constraints (not the tables, whose identity counters move). */
    private static Set<String> schema(Database db) {
        return db.withConnection(c -> {
            Set<String> out = new TreeSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
                while (rs.next()) {
                    String sql = rs.getString(1).strip();
                    if (sql.startsWith("CREATE INDEX") || sql.startsWith("CREATE UNIQUE INDEX")
                            || sql.startsWith("ALTER TABLE")) {
                        out.add(sql);
                    }
                }
            }
            return out;
        });
    }

    private static Object fileKey(Path dir) throws Exception {
        return Files.readAttributes(Database.databaseFile(dir),
                java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void fill_emptyDatabase_writesANewFileWithEveryRowIndexAndLastTouch() throws Exception {
        Set<String> before;
        Object oldFile;
        List<Long> ids;
        try (Database db = Database.open(dir)) {
            before = schema(db);
            assertThat(before).filteredOn(sql -> sql.contains("FOREIGN KEY")).hasSizeGreaterThan(10);
            assertThat(before).filteredOn(sql -> sql.startsWith("CREATE INDEX")).hasSizeGreaterThan(10);
            oldFile = fileKey(dir);

            ids = fill(db, 500);

            assertThat(fileKey(dir)).as("the file was replaced").isNotEqualTo(oldFile);
            assertThat(Files.exists(dir.resolve(Database.FILLING))).isFalse();
            assertThat(schema(db)).as("every index and foreign key back").isEqualTo(before);
            JdbcContactRepository contacts = new JdbcContactRepository(db);
            assertThat(contacts.find(ids.get(0)).orElseThrow().lastTouch()).isEqualTo(TODAY.minusDays(10));
            assertThat(contacts.find(ids.get(1)).orElseThrow().lastTouch()).isEqualTo(TODAY.minusDays(10));
            assertThat(contacts.find(ids.get(3)).orElseThrow().lastTouch()).isEqualTo(TODAY.minusDays(12));
            assertThat(contacts.search("p421", false, 10)).extracting(s -> s.id()).containsExactly(ids.get(421));
            // Writing goes on in the new file, through the rebuilt indexes.
            new JdbcInteractionRepository(db).insert(new Interaction(null, TODAY, InteractionKind.CALL,
                    List.of(ids.get(7)), "call", "", app.orbit.domain.Exchange.values()[0], null, NOW, NOW));
            assertThat(contacts.find(ids.get(7)).orElseThrow().lastTouch()).isEqualTo(TODAY);
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.verify().intact()).isTrue();
            assertThat(new JdbcContactRepository(db).find(ids.get(499))).isPresent();
        }
    }

    @Test
    void fill_numbersItsRowsAfterEveryKeyGivenBefore_andTheTablesNumberOnAfterThem() {
        try (Database db = Database.open(dir)) {
            JdbcContactRepository contacts = new JdbcContactRepository(db);
            JdbcInteractionRepository interactions = new JdbcInteractionRepository(db);
            // Someone added and deleted: the empty database's contact identity has moved on to 4.
            for (int i = 0; i < 3; i++) {
                contacts.delete(contacts.insert(person("Gone" + i, "Before").knownSince(TODAY).createdAt(NOW)
                        .updatedAt(NOW).build()).id());
            }

            List<Long> ids = fill(db, 40);

            assertThat(ids).first().isEqualTo(4L);
            assertThat(ids).last().isEqualTo(43L);
            Contact later = contacts.insert(person("Added", "Later").knownSince(TODAY).createdAt(NOW).updatedAt(NOW)
                    .build());
            assertThat(later.id()).isEqualTo(44L);
            Interaction call = interactions.insert(new Interaction(null, TODAY, InteractionKind.CALL,
                    List.of(later.id(), ids.get(0)), "call", "", app.orbit.domain.Exchange.values()[0], null, NOW, NOW));
            assertThat(call.id()).isEqualTo(41L); // After the fill's 40 interactions.
            assertThat(interactions.forContact(ids.get(0), 10)).extracting(Interaction::id).contains(1L, 40L, 41L);
        }
    }

    /** The settings H2 keeps in the file, read without Orbit's URL settings (which would set them again). */
    private static java.util.Map<String, String> keptSettings(Path dir) throws Exception {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        // Not read-only: H2 then leaves the kept settings unapplied. SCRIPT lists them as SET statements.
        try (Connection c = new org.h2.Driver().connect("jdbc:h2:" + dir.toAbsolutePath().resolve("orbit")
                        + ";TRACE_LEVEL_FILE=0", userOnly());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                java.util.regex.Matcher set = java.util.regex.Pattern.compile("^SET (\\w+) (\\S+?);?$")
                        .matcher(rs.getString(1).strip());
                if (set.matches()) {
                    out.put(set.group(1), set.group(2));
                }
            }
        }
        return out;
    }

    private static java.util.Properties userOnly() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", "orbit");
        p.setProperty("password", "");
        return p;
    }

    @Test
    void fill_andANewDatabase_leaveNoneOfTheCopysWritingSettingsInTheFile() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThat(keptSettingsWhileOpen(db)).containsEntry("WRITE_DELAY", "0");
        }
        assertThat(keptSettings(dir)).as("a new database, migrated in a copy")
                .containsEntry("WRITE_DELAY", "0").doesNotContainKey("CACHE_SIZE");
        try (Database db = Database.open(dir)) {
            fill(db, 200);
        }
        assertThat(keptSettings(dir)).as("after an import written into a copy")
                .containsEntry("WRITE_DELAY", "0").doesNotContainKey("CACHE_SIZE");
    }

    private static java.util.Map<String, String> keptSettingsWhileOpen(Database db) {
        return db.withConnection(c -> {
            java.util.Map<String, String> out = new java.util.HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    @Test
    void fill_encryptedDatabase_writesTheNewFileUnderTheSameKey() throws Exception {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("kept", "yes");
        }
        char[] passphrase = "correct horse battery".toCharArray();
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.encrypt(dir, lock, passphrase, EncryptionTest.TEST_KDF);
        }
        try (Database db = Database.open(dir, PassphraseSource.of(passphrase), Database.Migrations.NONE, false)) {
            Object oldFile = fileKey(dir);

            fill(db, 50);

            assertThat(fileKey(dir)).isNotEqualTo(oldFile);
        }
        String bytes = new String(Files.readAllBytes(Database.databaseFile(dir)),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("coffee 1").doesNotContain("kept");
        try (Database db = Database.open(dir, PassphraseSource.of(passphrase), Database.Migrations.NONE, false)) {
            assertThat(new JdbcContactRepository(db).search("p49", false, 5)).hasSize(1);
            assertThat(new JdbcSettingsRepository(db).get("kept")).hasValue("yes");
        }
    }

    @Test
    void fill_databaseWithContacts_isOnePlainTransactionInTheSameFile() throws Exception {
        try (Database db = Database.open(dir)) {
            fill(db, 20);
            Object file = fileKey(dir);
            Set<String> indexes = new TreeSet<>(schema(db));

            List<Long> more = fill(db, 30);

            assertThat(fileKey(dir)).isEqualTo(file);
            assertThat(schema(db)).isEqualTo(indexes);
            assertThat(new JdbcContactRepository(db).find(more.get(29))).isPresent();
        }
    }

    @Test
    void fill_failingInRowsOrAfterThem_leavesTheEmptyFileAsItWasAndUsable() throws Exception {
        try (Database db = Database.open(dir)) {
            Set<String> before = schema(db);
            JdbcContactRepository contacts = new JdbcContactRepository(db);

            assertThatThrownBy(() -> db.fill(() -> {
                contacts.insertAll(List.of(person("Ann", "Lee").createdAt(NOW).updatedAt(NOW).build()));
                db.checkpoint(); // Committed in the copy only.
                throw new IllegalStateException("cancelled");
            }, r -> { })).hasMessage("cancelled");
            assertThatThrownBy(() -> db.fill(() -> contacts.insertAll(List.of(person("Bob", "Ray").createdAt(NOW).updatedAt(NOW).build())),
                    r -> {
                        throw new IllegalStateException("late failure");
                    })).hasMessage("late failure");

            assertThat(contacts.search("", true, 10)).isEmpty();
            assertThat(db.<Long>withConnection(c -> count(c, "contact")).longValue()).isZero();
            assertThat(schema(db)).isEqualTo(before);
            assertThat(Files.exists(dir.resolve(Database.FILLING))).isFalse();
            contacts.insert(person("Cy", "Day").createdAt(NOW).updatedAt(NOW).build());
            assertThat(contacts.search("cy", false, 10)).hasSize(1);
        }
    }

    @Test
    void fill_failingBesideTheRows_failsTheFillAndLeavesTheEmptyFileAsItWas() throws Exception {
        try (Database db = Database.open(dir)) {
            Set<String> before = schema(db);
            JdbcContactRepository contacts = new JdbcContactRepository(db);
            List<String> besideRan = java.util.Collections.synchronizedList(new ArrayList<>());

            assertThatThrownBy(() -> db.fill(() -> {
                contacts.insertAll(List.of(person("Ann", "Lee").createdAt(NOW).updatedAt(NOW).build()));
                return db.<Void>withConnection(c -> {
                    db.beside(c, other -> {
                        besideRan.add(Thread.currentThread().getName());
                        try (Statement st = other.createStatement()) {
                            st.execute("INSERT INTO no_such_table VALUES (1)");
                        }
                        return null;
                    });
                    return null;
                });
            }, r -> { })).isInstanceOf(StoreException.class).hasStackTraceContaining("NO_SUCH_TABLE");

            assertThat(besideRan).as("written beside, on the fill's second thread").containsExactly("orbit-fill-beside");
            assertThat(db.<Long>withConnection(c -> count(c, "contact")).longValue()).isZero();
            assertThat(schema(db)).isEqualTo(before);
            assertThat(Files.exists(dir.resolve(Database.FILLING))).isFalse();
            // Outside a fill, work handed beside runs at once on the caller's connection.
            db.<Void>withConnection(c -> {
                db.beside(c, same -> {
                    besideRan.add(same == c ? "here" : "elsewhere");
                    return null;
                });
                return null;
            });
            assertThat(besideRan).endsWith("here");
        }
    }

    @Test
    void fill_rowBreakingAForeignKey_isRefusedWhenTheKeysComeBackAndNothingIsStored() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.fill(() -> db.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO contact_tag (contact_id, tag) VALUES (424242, 'orphan')");
                }
                return null;
            }), r -> { })).isInstanceOf(RuntimeException.class);

            assertThat(db.<Long>withConnection(c -> count(c, "contact_tag")).longValue()).isZero();
        }
    }

    @Test
    void fill_participantOfAnInteractionNeverWritten_isRefusedAndNothingIsStored() throws Exception {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.fill(() -> {
                List<Long> ids = new JdbcContactRepository(db).insertAll(List.of(
                        person("Al", "Bo").knownSince(TODAY).createdAt(NOW).updatedAt(NOW).build()));
                return db.withConnection(c -> {
                    try (Statement st = c.createStatement()) {
                        // Its contact is there; its interaction is not (the other key of the same row).
                        st.execute("INSERT INTO interaction_participant (interaction_id, contact_id, position) "
                                + "VALUES (987654, " + ids.get(0) + ", 0)");
                    }
                    return ids;
                });
            }, r -> { })).isInstanceOf(RuntimeException.class);

            assertThat(db.<Long>withConnection(c -> count(c, "contact")).longValue()).isZero();
            assertThat(db.<Long>withConnection(c -> count(c, "interaction_participant")).longValue()).isZero();
        }
    }

    @Test
    void fill_introducersAmongTheRows_keysComeBackAndStillHold() throws Exception {
        try (Database db = Database.open(dir)) {
            JdbcContactRepository contacts = new JdbcContactRepository(db);
            List<Long> ids = db.fill(() -> {
                List<Long> stored = contacts.insertAll(List.of(
                        person("Al", "Bo").knownSince(TODAY).createdAt(NOW).updatedAt(NOW).build(),
                        person("Cy", "Do").knownSince(TODAY).createdAt(NOW).updatedAt(NOW).build()));
                contacts.linkIntroducers(java.util.Map.of(stored.get(1), stored.get(0)));
                return stored;
            }, r -> { });

            assertThat(contacts.find(ids.get(1)).orElseThrow().introducedById()).isEqualTo(ids.get(0));
            // The key came back: deleting the introducer clears the link (ON DELETE SET NULL).
            contacts.delete(ids.get(0));
            assertThat(contacts.find(ids.get(1)).orElseThrow().introducedById()).isNull();
            assertThatThrownBy(() -> db.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO contact_tag (contact_id, tag) VALUES (424242, 'orphan')");
                }
                return null;
            })).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void open_afterAKillDuringAFill_removesTheUnfinishedCopy() throws Exception {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("kept", "yes");
        }
        Path copy = Files.createDirectories(dir.resolve(Database.FILLING));
        Files.writeString(copy.resolve("orbit.mv.db"), "half a file");

        try (Database db = Database.open(dir)) {
            assertThat(Files.exists(copy)).isFalse();
            assertThat(new JdbcSettingsRepository(db).get("kept")).hasValue("yes");
        }
    }

    private static long count(Connection c, String table) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
