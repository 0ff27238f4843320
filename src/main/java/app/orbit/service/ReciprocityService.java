package app.orbit.service;

import app.orbit.domain.Reciprocity;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Per contact: what the user gave versus asked and received, last 12 months and all time. */
public final class ReciprocityService {

    private final NetworkQueries queries;
    private final Clock clock;

    public ReciprocityService(NetworkQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** The contact's counts; all zero when nothing was ever exchanged. */
    public Reciprocity of(long contactId) {
        return of(List.of(contactId)).get(contactId);
    }

    /** Counts for many contacts at once; every id asked for is in the map. */
    public Map<Long, Reciprocity> of(Collection<Long> contactIds) {
        Map<Long, Reciprocity> found = queries.reciprocity(contactIds, since(LocalDate.now(clock)));
        Map<Long, Reciprocity> out = new HashMap<>();
        for (Long id : contactIds) {
            out.put(id, found.getOrDefault(id, Reciprocity.NONE));
        }
        return out;
    }

    /** The first day of "the last 12 months" on {@code today}. */
    static LocalDate since(LocalDate today) {
        return today.minusYears(1).plusDays(1);
    }
}
