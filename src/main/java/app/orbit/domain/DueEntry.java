package app.orbit.domain;

/** One person on the due list, with why and how urgently. */
public record DueEntry(ContactSummary contact, Staleness staleness, double priority) {
}
