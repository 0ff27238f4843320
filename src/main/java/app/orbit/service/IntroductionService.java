package app.orbit.service;

import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.IntroductionPair;
import app.orbit.domain.ValidationException;
import java.time.LocalDate;
import java.util.List;

/**
 * Logs an introduction: one interaction with both people, exchange GAVE (the user helped both),
 * and a record of the pair so it is never suggested again, all in one transaction. Logging it
 * also marks both people's plan entries done.
 */
public final class IntroductionService {

    private final InteractionService interactions;
    private final IntroductionRepository introductions;
    private final Transactions transactions;

    public IntroductionService(InteractionService interactions, IntroductionRepository introductions,
            Transactions transactions) {
        this.interactions = interactions;
        this.introductions = introductions;
        this.transactions = transactions;
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
