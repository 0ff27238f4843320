package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Birthday;
import app.orbit.domain.Contact;
import app.orbit.domain.IntroductionMatch;
import app.orbit.domain.MatchProfile;
import app.orbit.domain.PendingFollowUp;
import app.orbit.domain.Reciprocity;
import app.orbit.store.Database;
import app.orbit.store.JdbcContactRepository;
import app.orbit.store.JdbcIntroductionRepository;
import app.orbit.store.JdbcNetworkQueries;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matcher read ahead on another thread while the week's plan chooses its people, on a real H2. */
class IntroductionSuggestionsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    private Database db;
    private Contact needer;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        JdbcContactRepository contacts = new JdbcContactRepository(db);
        needer = contacts.insert(person("Ann", "A").needs("Java developers").createdAt(NOW).updatedAt(NOW).build());
        for (int i = 0; i < 200; i++) {
            contacts.insert(person("Ben" + i, "B").offers(i % 2 == 0 ? "Java developer network" : "gardening tips")
                    .createdAt(NOW).updatedAt(NOW).build());
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void prepare_thenThePlanAsks_theNetworkIsReadOnceAndTheMatchIsTheSame() {
        IntroductionSuggestions fresh = suggestions(new Counting(new JdbcNetworkQueries(db)));
        Optional<IntroductionMatch> expected = fresh.forPlan(MatchProfile.of(needer), Set.of(), fresh.verdicts(TODAY));
        assertThat(expected).isPresent();

        // Repeated, so that the plan's question lands before, during and after the build ahead.
        for (int round = 0; round < 20; round++) {
            Counting queries = new Counting(new JdbcNetworkQueries(db));
            IntroductionSuggestions suggestions = suggestions(queries);
            suggestions.prepare();
            Optional<IntroductionMatch> found = suggestions.forPlan(MatchProfile.of(needer), Set.of(),
                    suggestions.verdicts(TODAY));

            assertThat(found).as("round %d", round).isEqualTo(expected);
            assertThat(queries.offerersRead.get()).as("round %d", round).isEqualTo(1);
        }
    }

    @Test
    void prepare_whenAMatcherIsKept_readsNothing() {
        Counting queries = new Counting(new JdbcNetworkQueries(db));
        IntroductionSuggestions suggestions = suggestions(queries);
        suggestions.forPlan(MatchProfile.of(needer), Set.of(), suggestions.verdicts(TODAY));

        suggestions.prepare();
        suggestions.forPlan(MatchProfile.of(needer), Set.of(), suggestions.verdicts(TODAY));

        assertThat(queries.offerersRead.get()).isEqualTo(1);
    }

    @Test
    void prepare_heldUntilTheWindowIsShown_readsOnlyThen() throws Exception {
        Counting queries = new Counting(new JdbcNetworkQueries(db));
        IntroductionSuggestions suggestions = suggestions(queries);
        java.util.concurrent.CompletableFuture<Void> shown = new java.util.concurrent.CompletableFuture<>();
        suggestions.holdAheadUntil(shown);

        suggestions.prepare();
        Thread.sleep(300);
        assertThat(queries.offerersRead.get()).isZero();

        shown.complete(null);
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (queries.offerersRead.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(suggestions.forPlan(MatchProfile.of(needer), Set.of(), suggestions.verdicts(TODAY))).isPresent();
        assertThat(queries.offerersRead.get()).isEqualTo(1);
    }

    private IntroductionSuggestions suggestions(NetworkQueries queries) {
        return new IntroductionSuggestions(queries, new JdbcIntroductionRepository(db), new ChangeNotifier(db));
    }

    /** The real queries, counting the reads of who offers what. */
    private static final class Counting implements NetworkQueries {
        private final NetworkQueries real;
        final AtomicInteger offerersRead = new AtomicInteger();

        Counting(NetworkQueries real) {
            this.real = real;
        }

        @Override
        public List<MatchProfile> offerers() {
            offerersRead.incrementAndGet();
            return real.offerers();
        }

        @Override
        public List<PendingFollowUp> followUpsDue(LocalDate from, LocalDate to) {
            return real.followUpsDue(from, to);
        }

        @Override
        public Set<Long> touched(Collection<Long> contactIds) {
            return real.touched(contactIds);
        }

        @Override
        public Map<Long, Birthday> birthdaysOn(Collection<MonthDay> days) {
            return real.birthdaysOn(days);
        }

        @Override
        public List<MatchProfile> needers() {
            return real.needers();
        }

        @Override
        public Map<Long, Reciprocity> reciprocity(Collection<Long> contactIds, LocalDate since) {
            return real.reciprocity(contactIds, since);
        }
    }
}
