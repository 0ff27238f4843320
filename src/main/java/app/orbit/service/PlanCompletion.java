package app.orbit.service;

import app.orbit.domain.Exchange;
import app.orbit.domain.GestureKind;
import app.orbit.domain.Interaction;
import app.orbit.domain.IntroductionPair;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Marks the current week's plan entries of an interaction's participants DONE, inside the
 * transaction that logs it: in every plan of the week, everyone's and each person's, whoever logged
 * it (a contact has one last touch for the whole network; decision 0016). A touch dated before this week (a late log of something old) does
 * not count as this week's reconnection. An interaction in which the user GAVE, with both people
 * of an open INTRODUCE suggestion, is that introduction: the pair is recorded so it is never
 * suggested again, whichever dialog logged it.
 *
 * <p>When an interaction is deleted, or edited to another date or other participants, the DONE
 * entries of its former participants in the plan of the week it was dated in go back to OPEN,
 * unless another interaction with the same person dated within that week still covers them.
 * An edit that brings a participant into this week counts for them as a new log would; one that
 * changes only the text does not re-mark an entry the user put back to OPEN.
 *
 * <p>A one-to-many touch (a newsletter, a post, a talk) marks DONE only the entries of the people
 * it counts for, and covers only them (decision 0010).
 */
public final class PlanCompletion implements InteractionListener {

    private final PlanRepository plans;
    private final IntroductionRepository introductions;
    private final Clock clock;

    public PlanCompletion(PlanRepository plans, IntroductionRepository introductions, Clock clock) {
        this.plans = plans;
        this.introductions = introductions;
        this.clock = clock;
    }

    @Override
    public void logged(Interaction interaction) {
        IsoWeek week = IsoWeek.of(LocalDate.now(clock));
        if (interaction.date().isBefore(week.monday())) {
            return;
        }
        if (interaction.exchange() == Exchange.GAVE && interaction.participantIds().size() >= 2) {
            recordIntroductions(week, interaction);
        }
        plans.markDone(week, interaction.participantIds());
    }

    /** Only those it counts for: a newsletter does not complete an INNER or CLOSE person's entry. */
    @Override
    public void loggedToMany(Interaction interaction, Set<Long> countedFor) {
        IsoWeek week = IsoWeek.of(LocalDate.now(clock));
        if (interaction.date().isBefore(week.monday())) {
            return;
        }
        plans.markDone(week, inPlan(week, countedFor));
    }

    /**
     * Those of these people who have an entry in the week's plan: a dozen, where a one-to-many
     * touch has up to 30,000 participants, too many to hand to the store's "= ANY(?)".
     */
    private List<Long> inPlan(IsoWeek week, Collection<Long> people) {
        Set<Long> wanted = people instanceof Set<Long> set ? set : new HashSet<>(people);
        return plans.findAll(week).stream().flatMap(plan -> plan.entries().stream()).map(PlanEntry::contactId)
                .filter(wanted::contains).distinct().toList();
    }

    @Override
    public void edited(Interaction before, Interaction after) {
        plans.reopenUncovered(IsoWeek.of(before.date()), before.participantIds());
        IsoWeek week = IsoWeek.of(LocalDate.now(clock));
        if (!week.contains(after.date())) {
            return;
        }
        // Only who was not already counted this week by the interaction as it was.
        boolean counted = week.contains(before.date());
        List<Long> newcomers = after.participantIds().stream()
                .filter(id -> !counted || !before.involves(id)).toList();
        if (newcomers.isEmpty()) {
            return;
        }
        if (after.exchange() == Exchange.GAVE && after.participantIds().size() >= 2) {
            recordIntroductions(week, after);
        }
        plans.markDone(week, newcomers);
    }

    @Override
    public void deleted(Interaction removed) {
        IsoWeek week = IsoWeek.of(removed.date());
        plans.reopenUncovered(week, removed.isOneToMany() ? inPlan(week, removed.participantIds())
                : removed.participantIds());
    }

    private void recordIntroductions(IsoWeek week, Interaction interaction) {
        plans.findAll(week).forEach(plan -> {
            for (PlanEntry e : plan.entries()) {
                Long other = e.gesture().otherContactId();
                if (e.status() == PlanStatus.OPEN && e.gesture().kind() == GestureKind.INTRODUCE && other != null
                        && interaction.involves(e.contactId()) && interaction.involves(other)) {
                    introductions.record(IntroductionPair.of(e.contactId(), other), interaction.date(),
                            interaction.id());
                }
            }
        });
    }
}
