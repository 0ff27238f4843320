package app.orbit.service;

import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.IntroductionMatch;
import app.orbit.domain.IntroductionPair;
import app.orbit.domain.IntroductionVerdict;
import app.orbit.domain.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Introductions: the ones Orbit suggests across the network, and what the user does with one.
 * Accepting logs it: one interaction with both people, exchange GAVE (the user helped both), and
 * a record of the pair so it is never suggested again, all in one transaction; it also marks both
 * people's plan entries done. "Not a good match" drops a suggestion for good, "later" for
 * {@value #LATER_DAYS} days.
 */
public final class IntroductionService {

    /** How long "later" keeps a suggestion out of the lists: about a month, long enough to be out of mind. */
    public static final int LATER_DAYS = 28;

    private final InteractionService interactions;
    private final IntroductionRepository introductions;
    private final IntroductionSuggestions suggestions;
    private final Transactions transactions;
    private final ChangeNotifier notifier;
    private final Clock clock;

    public IntroductionService(InteractionService interactions, IntroductionRepository introductions,
            IntroductionSuggestions suggestions, Transactions transactions, ChangeNotifier notifier, Clock clock) {
        this.interactions = interactions;
        this.introductions = introductions;
        this.suggestions = suggestions;
        this.transactions = transactions;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Every introduction Orbit would suggest today, best first. */
    public List<IntroductionMatch> suggestions() {
        return suggestions.all(LocalDate.now(clock));
    }

    /** Not a good match: never suggested again, in the lists or in the plan. */
    public void decline(long neederId, long offererId) {
        decide(new IntroductionVerdict(neederId, offererId, IntroductionVerdict.Kind.DECLINED, LocalDate.now(clock),
                null));
    }

    /** Later: out of the lists and the plan for {@value #LATER_DAYS} days. */
    public void later(long neederId, long offererId) {
        LocalDate today = LocalDate.now(clock);
        decide(new IntroductionVerdict(neederId, offererId, IntroductionVerdict.Kind.LATER, today,
                today.plusDays(LATER_DAYS)));
    }

    private void decide(IntroductionVerdict verdict) {
        transactions.inTransaction(() -> {
            introductions.decide(verdict);
            notifier.changed();
            return null;
        });
    }

    /**
     * Logs an introduction from a draft interaction (for instance the log dialog's): it must have
     * exactly two participants; its exchange is set to GAVE whatever it was.
     */
    public Interaction introduce(Interaction draft) {
        if (draft.participantIds().size() != 2) {
            throw new ValidationException("participants", "plan.error.introduction.two");
        }
        Interaction gave = Interaction.of(draft.date(), draft.kind(), draft.participantIds(), draft.summary(),
                draft.notes(), Exchange.GAVE, draft.followUp());
        return transactions.inTransaction(() -> {
            Interaction stored = interactions.log(gave);
            introductions.record(IntroductionPair.of(stored.participantIds().get(0), stored.participantIds().get(1)),
                    stored.date(), stored.id());
            return stored;
        });
    }

    /** Logs that {@code a} and {@code b} were introduced on {@code date}, by message. */
    public Interaction introduce(long a, long b, LocalDate date, String summary) {
        return introduce(Interaction.of(date, InteractionKind.MESSAGE, List.of(a, b), summary, "", Exchange.GAVE,
                null));
    }

    /** Whether the two were already introduced through Orbit. */
    public boolean introduced(long a, long b) {
        return introductions.involving(List.of(a)).contains(IntroductionPair.of(a, b));
    }
}
