package app.orbit.service;

import app.orbit.domain.Birthday;
import app.orbit.domain.MatchProfile;
import app.orbit.domain.PendingFollowUp;
import app.orbit.domain.Reciprocity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Port: read-only questions across contacts and interactions that the plan, gestures and reciprocity ask. */
public interface NetworkQueries {

    /**
     * Follow-ups not done whose due date is within [from, to], one per person the promise was made to, of
     * unarchived contacts. The caller decides which are still pending.
     */
    List<PendingFollowUp> followUpsDue(LocalDate from, LocalDate to);

    /** Which of these contacts have at least one interaction logged. */
    java.util.Set<Long> touched(Collection<Long> contactIds);

    /** Birthdays of unarchived INNER, CLOSE and NETWORK contacts falling on one of these days. */
    Map<Long, Birthday> birthdaysOn(Collection<MonthDay> days);

    /** Every unarchived contact that offers something, for the introduction matcher. */
    List<MatchProfile> offerers();

    /** Every unarchived contact that needs something, for the list of all introductions. */
    List<MatchProfile> needers();

    /**
     * Exchange counts per contact: all time, and from {@code since} on for the last-12-months
     * figures. Contacts with no exchange are left out.
     */
    Map<Long, Reciprocity> reciprocity(Collection<Long> contactIds, LocalDate since);
}
