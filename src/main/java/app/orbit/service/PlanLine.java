package app.orbit.service;

import app.orbit.domain.Ask;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.Reciprocity;
import app.orbit.domain.Staleness;
import java.util.Optional;

/**
 * One entry of the week as the screen shows it: the stored entry, the person, how stale they are
 * today, the reciprocity, and either the suggested ask ({@code ask}, may be null) or the advice
 * to give first ({@code giveFirst}). Never both; possibly neither (the balance allows an ask but
 * none of the user's active asks fits this person).
 */
public record PlanLine(PlanEntry entry, ContactSummary contact, Staleness staleness, Reciprocity reciprocity,
        Ask ask, boolean giveFirst) {

    public PlanLine {
        if (ask != null && giveFirst) {
            throw new IllegalArgumentException("an ask or give first, not both");
        }
    }

    public Optional<Ask> suggestedAsk() {
        return Optional.ofNullable(ask);
    }
}
