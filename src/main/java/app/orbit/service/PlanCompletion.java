package app.orbit.service;

import app.orbit.domain.Interaction;
import app.orbit.domain.IsoWeek;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Marks the current week's plan entries of an interaction's participants DONE, inside the
 * transaction that logs it. A touch dated before this week (a late log of something old) does
 * not count as this week's reconnection.
 */
public final class PlanCompletion implements InteractionListener {

    private final PlanRepository plans;
    private final Clock clock;

    public PlanCompletion(PlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public void logged(Interaction interaction) {
        IsoWeek week = IsoWeek.of(LocalDate.now(clock));
        if (interaction.date().isBefore(week.monday())) {
            return;
        }
        plans.markDone(week, interaction.participantIds());
    }
}
