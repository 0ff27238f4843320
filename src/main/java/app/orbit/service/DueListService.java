package app.orbit.service;

import app.orbit.domain.DueEntry;
import app.orbit.domain.DueList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * "Due this week": the contacts whose staleness is DUE or LOST, by priority, capped at the
 * plan size. The weekly reconnect plan builds on this list.
 */
public final class DueListService {

    private final ContactRepository contacts;
    private final Supplier<Settings> settings;
    private final Clock clock;

    public DueListService(ContactRepository contacts, Supplier<Settings> settings, Clock clock) {
        this.contacts = contacts;
        this.settings = settings;
        this.clock = clock;
    }

    public List<DueEntry> dueThisWeek() {
        return due(LocalDate.now(clock), settings.get().planSize());
    }

    /** The due list on a given day, at most {@code cap} entries. */
    public List<DueEntry> due(LocalDate today, int cap) {
        Settings s = settings.get();
        return DueList.build(contacts.dueCandidates(today, s.cadences(), cap), today, s.cadences(), cap);
    }
}
