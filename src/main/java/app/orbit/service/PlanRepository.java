package app.orbit.service;

import app.orbit.domain.IsoWeek;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.WeekPlan;
import app.orbit.domain.WeekSummary;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Port: the weekly reconnect plans, their entries, and the contacts' snoozes. A week has one plan
 * per owner: {@link WeekPlan#OURS} for everyone's, a person's name for theirs (decision 0016).
 */
public interface PlanRepository {

    /** The owner's plan of the week. */
    Optional<WeekPlan> find(IsoWeek week, String owner);

    /** Every plan of the week, everyone's and each person's. */
    List<WeekPlan> findAll(IsoWeek week);

    /** Every plan of every week, oldest week first: for the JSON backup. */
    List<WeekPlan> all();

    /** Stores a new, empty plan for the week and owner; fails if they already have one. */
    WeekPlan create(IsoWeek week, String owner, LocalDate generatedOn, String generatedBy);

    /**
     * Stores a new, empty plan for the week and owner, or nothing when another client of a shared
     * database has just stored it (empty then: read theirs). One plan a week per owner.
     */
    Optional<WeekPlan> createUnlessTaken(IsoWeek week, String owner, LocalDate generatedOn, String generatedBy);

    /** Appends entries to a plan; returns them with their ids. */
    List<PlanEntry> addEntries(long planId, List<PlanEntry> entries);

    Optional<PlanEntry> findEntry(long entryId);

    /** Saves an entry's status, snooze date and reason to skip. */
    PlanEntry updateEntry(PlanEntry entry);

    /** Marks the OPEN or SKIPPED entries of these contacts in every plan of the week DONE; returns how many changed. */
    int markDone(IsoWeek week, Collection<Long> contactIds);

    /**
     * Puts back to OPEN the DONE entries of these contacts in every plan of the week that no interaction
     * dated within the week covers any more (one that counts for them: decision 0010); returns how
     * many changed.
     */
    int reopenUncovered(IsoWeek week, Collection<Long> contactIds);

    /** Reopens the plan's SNOOZED entries whose snooze ended on or before {@code today}. */
    int reopenSnoozed(long planId, LocalDate today);

    /** The owner's plans before {@code week}, newest first, with their counts. */
    List<WeekSummary> history(IsoWeek before, String owner, int limit);

    /** Keeps a contact out of plans until {@code until} (exclusive): replaces any earlier snooze. */
    void snooze(long contactId, LocalDate until);

    void unsnooze(long contactId);

    /** Every snooze, ended or not, by contact: for the JSON backup. */
    java.util.Map<Long, LocalDate> snoozes();

    /**
     * Removes the plan entries that name this contact as the other person of a gesture (an
     * introduction), before the contact is erased for good; returns how many went.
     */
    int removeMentions(long contactId);

    /** A plan entry with the week of its plan. */
    record WeekEntry(IsoWeek week, PlanEntry entry) {
    }

    /**
     * Every entry, in every week, that is this contact's or names them as the other person of a
     * gesture, oldest week first: for the export of all Orbit holds about them.
     */
    List<WeekEntry> entriesAbout(long contactId);

    /** Contacts whose snooze is still running on {@code day}. */
    Set<Long> snoozedOn(LocalDate day);
}
