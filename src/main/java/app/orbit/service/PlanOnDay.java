package app.orbit.service;

import app.orbit.domain.IsoWeek;
import app.orbit.domain.PlanProgress;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.WeekPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A week's plan as the This week screen shows it: lines in plan order and the progress. */
public record PlanOnDay(WeekPlan plan, LocalDate day, List<PlanLine> lines) {

    public PlanOnDay {
        lines = List.copyOf(lines);
    }

    public IsoWeek week() {
        return plan.week();
    }

    public PlanProgress progress() {
        return plan.progress();
    }

    /** The lines that are still to act on or were acted on this week: every line but the snoozed ones. */
    public List<PlanLine> visible() {
        return lines.stream().filter(l -> l.entry().status() != PlanStatus.SNOOZED).toList();
    }

    public Optional<PlanLine> lineFor(long contactId) {
        return lines.stream().filter(l -> l.contact().id() == contactId).findFirst();
    }
}
