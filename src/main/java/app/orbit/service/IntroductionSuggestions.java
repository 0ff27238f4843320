package app.orbit.service;

import app.orbit.domain.IntroductionMatch;
import app.orbit.domain.IntroductionMatcher;
import app.orbit.domain.IntroductionPair;
import app.orbit.domain.IntroductionVerdict;
import app.orbit.domain.MatchProfile;
import app.orbit.domain.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The introductions Orbit would suggest: the matcher over everyone who offers something (kept
 * until stored data changes), less the pairs already introduced and those the user declined or
 * put off. The weekly plan asks it for one person at a time, above the plan's threshold;
 * {@code orbit intros} and the Introductions view for the whole network.
 */
public final class IntroductionSuggestions {

    private static final Log LOG = Log.of(IntroductionSuggestions.class);

    /** Best first: most confident, then the needer's and the offerer's names, then ids. */
    static final Comparator<IntroductionMatch> BEST_FIRST = Comparator
            .comparingDouble(IntroductionMatch::confidence).reversed()
            .thenComparing(m -> Text.fold(m.needer().name()))
            .thenComparing(m -> Text.fold(m.offerer().name()))
            .thenComparingLong(m -> m.needer().id())
            .thenComparingLong(m -> m.offerer().id());

    private final NetworkQueries queries;
    private final IntroductionRepository introductions;
    /** Who offers what, read once and kept until stored data changes (a scan of every contact who offers something). */
    private volatile IntroductionMatcher matcher;
    /** Counts changes, so a matcher built while data changed is used once but not kept. */
    private final AtomicLong changes = new AtomicLong();
    /** The offers texts read by earlier matchers: a rebuild after a change reads only the new ones. */
    private final IntroductionMatcher.Readings readings = new IntroductionMatcher.Readings();
    private final Object building = new Object();
    private static final java.time.Duration AHEAD_WAITS_AT_MOST = java.time.Duration.ofSeconds(10);
    private volatile CompletableFuture<?> aheadMayStart = CompletableFuture.completedFuture(null);

    public IntroductionSuggestions(NetworkQueries queries, IntroductionRepository introductions,
            ChangeNotifier notifier) {
        this.queries = queries;
        this.introductions = introductions;
        // For the application's lifetime, like this object itself: nothing to release.
        notifier.subscribe(() -> {
            changes.incrementAndGet();
            matcher = null;
        });
    }

    private IntroductionMatcher matcher() {
        IntroductionMatcher m = matcher;
        if (m != null) {
            return m;
        }
        // One build at a time: a caller arriving during another's build waits for it rather than
        // reading the whole network a second time (the plan asks while {@link #prepare} builds).
        synchronized (building) {
            m = matcher;
            if (m == null) {
                long before = changes.get();
                m = new IntroductionMatcher(queries.offerers(), readings);
                if (changes.get() == before) {
                    matcher = m;
                }
            }
            return m;
        }
    }

    /**
     * Until {@code start} completes (at most {@link #AHEAD_WAITS_AT_MOST}), a build asked by
     * {@link #prepare} waits: the window's start keeps the second core for building the window,
     * the week's plan reading the offers itself if it gets to them first.
     */
    public void holdAheadUntil(CompletableFuture<?> start) {
        aheadMayStart = start;
    }

    /**
     * Builds the matcher on another thread, unless one is kept: the week's plan starts it before
     * choosing its people, so that the network's offers are read meanwhile rather than after
     * (the longest part of a week's first plan at 30,000 contacts, docs/benchmarks.md).
     */
    public void prepare() {
        if (matcher != null) {
            return;
        }
        CompletableFuture<?> start = aheadMayStart;
        Thread t = new Thread(() -> {
            try {
                start.get(AHEAD_WAITS_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                // Read ahead anyway: holding it back only shares the cores better.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                matcher();
            } catch (RuntimeException e) {
                // The plan builds it again when it asks, and reports a failure then.
                LOG.debug("Reading the network's offers ahead failed: {}", e.toString());
            }
        }, "orbit-matcher");
        t.setDaemon(true);
        t.start();
    }

    /** What the user said of suggestions, as read once for a batch of questions. */
    public Verdicts verdicts(LocalDate today) {
        Set<List<Long>> silenced = new HashSet<>();
        for (IntroductionVerdict v : introductions.verdicts()) {
            if (v.silences(today)) {
                silenced.add(List.of(v.neederId(), v.offererId()));
            }
        }
        return new Verdicts(silenced);
    }

    /** The directed pairs (needer, offerer) left out of suggestions on a day. */
    public record Verdicts(Set<List<Long>> silenced) {

        boolean allows(IntroductionMatch m) {
            return !silenced.contains(List.of(m.needer().id(), m.offerer().id()));
        }
    }

    /**
     * The introduction the weekly plan may suggest for a contact: the best match at or above
     * {@link IntroductionMatcher#SUGGEST_THRESHOLD} that is not introduced, declined or put off.
     */
    Optional<IntroductionMatch> forPlan(MatchProfile contact, Set<IntroductionPair> introduced, Verdicts verdicts) {
        if (contact.archived() || contact.needs().isEmpty()) {
            // The matcher would find nothing for them: no need to read the whole network's offers.
            return Optional.empty();
        }
        return matcher().matchesFor(contact, introduced).stream()
                .filter(m -> m.confidence() >= IntroductionMatcher.SUGGEST_THRESHOLD)
                .filter(verdicts::allows)
                .findFirst();
    }

    /** Every suggestion across the network on a day, best first. */
    public List<IntroductionMatch> all(LocalDate today) {
        IntroductionMatcher m = matcher();
        Verdicts verdicts = verdicts(today);
        Collection<MatchProfile> needers = queries.needers();
        Set<IntroductionPair> introduced = introductions.involving(needers.stream().map(MatchProfile::id).toList());
        List<IntroductionMatch> out = new ArrayList<>();
        for (MatchProfile needer : needers) {
            for (IntroductionMatch match : m.matchesFor(needer, introduced)) {
                if (verdicts.allows(match)) {
                    out.add(match);
                }
            }
        }
        out.sort(BEST_FIRST);
        return out;
    }
}
