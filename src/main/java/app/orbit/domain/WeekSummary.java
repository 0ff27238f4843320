package app.orbit.domain;

/** One past week in the plan's history: its counts. */
public record WeekSummary(IsoWeek week, PlanProgress progress) {
}
