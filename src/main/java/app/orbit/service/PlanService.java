package app.orbit.service;

import app.orbit.domain.Ask;
import app.orbit.domain.AskRelevance;
import app.orbit.domain.Birthday;
import app.orbit.domain.BirthdayWindow;
import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.domain.DueList;
import app.orbit.domain.Gesture;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.OrbitException;
import app.orbit.domain.PendingFollowUp;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanSelection;
import app.orbit.domain.PlanSelection.Pick;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.Reciprocity;
import app.orbit.domain.Staleness;
import app.orbit.domain.TimeBound;
import app.orbit.domain.ValidationException;
import app.orbit.domain.WeekPlan;
import app.orbit.domain.WeekSummary;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The weekly reconnect plan (docs/decisions/0004-plan-priority.md). One plan per ISO week,
 * generated the first time the week is opened and stored, so reopening shows the same entries.
 * Refresh adds people who fell due since, keeping what was done, snoozed or skipped. Logging a
 * touch marks the person's entry done ({@link PlanCompletion}); a snoozed person stays out of
 * every plan until the snooze ends.
 */
public final class PlanService {

    private static final Log LOG = Log.of(PlanService.class);

    private final PlanRepository plans;
    private final ContactRepository contacts;
    private final NetworkQueries queries;
    private final GestureAdvisor gestures;
    private final AskService asks;
    private final ReciprocityService reciprocity;
    private final Transactions transactions;
    private final Supplier<Settings> settings;
    private final ChangeNotifier notifier;
    private final Clock clock;
    /** Whose plan this person sees (everyone's or their own), and who generates it. */
    private final Identity identity;
    /** Two screens opening the week at once must not both generate it. */
    private final Object generation = new Object();
    /** The plan read while the window opened, for the week view's first load; taken once, dropped at any change. */
    private PlanOnDay ahead;
    /** Counts changes, so that a plan read while data changed is not kept. */
    private long changes;
    /** Guards {@link #ahead} and {@link #changes} (not the generation's lock: a change never waits for a generation). */
    private final Object aheadLock = new Object();

    public PlanService(PlanRepository plans, ContactRepository contacts, NetworkQueries queries,
            GestureAdvisor gestures, AskService asks, ReciprocityService reciprocity, Transactions transactions,
            Supplier<Settings> settings, Identity identity, ChangeNotifier notifier, Clock clock) {
        this.identity = identity;
        this.plans = plans;
        this.contacts = contacts;
        this.queries = queries;
        this.gestures = gestures;
        this.asks = asks;
        this.reciprocity = reciprocity;
        this.transactions = transactions;
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
        // For the application's lifetime, like this service itself: nothing to release.
        notifier.subscribe(() -> {
            synchronized (aheadLock) {
                changes++;
                ahead = null;
            }
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** This week's plan, generated and stored the first time it is opened. */
    public PlanOnDay thisWeek() {
        LocalDate today = today();
        synchronized (aheadLock) {
            PlanOnDay kept = ahead;
            ahead = null;
            if (kept != null && kept.day().equals(today)) {
                return kept;
            }
        }
        return week(today);
    }

    /**
     * This week's plan, as {@link #thisWeek}, kept for the next call to it unless data changes
     * meanwhile: the window reads the plan while it opens, and its week view's first load then
     * takes it rather than reading it again (about 0.1 s at 30,000 contacts).
     */
    public PlanOnDay thisWeekAhead() {
        long before;
        synchronized (aheadLock) {
            before = changes;
        }
        PlanOnDay read = thisWeek();
        synchronized (aheadLock) {
            if (changes == before) {
                ahead = read;
            }
        }
        return read;
    }

    /**
     * The plan of the ISO week holding {@code day}, as seen on that day: generated on first open
     * (with {@code day} as the day it is made), the same entries afterwards. Snoozes that ended by
     * {@code day} reopen their entries. {@code day} must not be in a week after the current one.
     */
    public PlanOnDay week(LocalDate day) {
        WeekPlan plan;
        synchronized (generation) {
            plan = transactions.inTransaction(() -> openOrGenerate(day));
        }
        return view(plan, day);
    }

    /** Adds to this week's plan whoever fell due since it was made, within the cap, and every new time-bound person. */
    public PlanOnDay refresh() {
        return refresh(today());
    }

    public PlanOnDay refresh(LocalDate day) {
        WeekPlan plan;
        synchronized (generation) {
            plan = transactions.inTransaction(() -> {
                WeekPlan p = openOrGenerate(day);
                int added = add(p, day);
                return added == 0 ? p : plans.find(p.week(), p.owner()).orElseThrow();
            });
        }
        notifier.changed();
        return view(plan, day);
    }

    /** Snoozes an open entry for a week or a month from today. */
    public PlanEntry snooze(long entryId, SnoozeLength length) {
        return snoozeUntil(entryId, length.from(today()));
    }

    /** Snoozes an open entry until a date after today: the person stays out of every plan until then. */
    public PlanEntry snoozeUntil(long entryId, LocalDate until) {
        LocalDate today = today();
        if (until == null || !until.isAfter(today)) {
            throw new ValidationException("snoozeUntil", "plan.error.snooze.past");
        }
        PlanEntry saved = transactions.inTransaction(() -> {
            PlanEntry e = openEntry(entryId);
            plans.snooze(e.contactId(), until);
            return plans.updateEntry(e.snoozed(until));
        });
        notifier.changed();
        return saved;
    }

    /** Skips an open entry; {@code why} is optional (null or blank for none). */
    public PlanEntry skip(long entryId, String why) {
        PlanEntry saved = transactions.inTransaction(() -> plans.updateEntry(openEntry(entryId).skipped(why)));
        notifier.changed();
        return saved;
    }

    /** Puts an entry back to OPEN, whatever it was; undoing a snooze lets the person back into plans at once. */
    public PlanEntry undo(long entryId) {
        PlanEntry saved = transactions.inTransaction(() -> {
            PlanEntry e = entry(entryId);
            if (e.status() == PlanStatus.SNOOZED) {
                plans.unsnooze(e.contactId());
            }
            return e.status() == PlanStatus.OPEN ? e : plans.updateEntry(e.reopened());
        });
        notifier.changed();
        return saved;
    }

    /** The past weeks that had a plan, newest first, at most {@code weeks} of them. */
    public List<WeekSummary> history(int weeks) {
        return plans.history(IsoWeek.of(today()), identity.planOwner(), weeks);
    }

    private PlanEntry entry(long entryId) {
        return plans.findEntry(entryId).orElseThrow(() -> new NotFoundException("planEntry", entryId));
    }

    private PlanEntry openEntry(long entryId) {
        PlanEntry e = entry(entryId);
        if (e.status() != PlanStatus.OPEN) {
            throw new OrbitException("plan.error.notOpen");
        }
        return e;
    }

    private WeekPlan openOrGenerate(LocalDate day) {
        IsoWeek week = IsoWeek.of(day);
        if (week.compareTo(IsoWeek.of(today())) > 0) {
            // A plan made ahead would be stale when its week comes, and stored plans never reshuffle.
            throw new IllegalArgumentException("no plan ahead of the current week: " + week);
        }
        String owner = identity.planOwner();
        WeekPlan found = plans.find(week, owner).orElse(null);
        if (found != null) {
            return plans.reopenSnoozed(found.id(), day) == 0 ? found : plans.find(week, owner).orElseThrow();
        }
        WeekPlan created = plans.createUnlessTaken(week, owner, day, identity.me()).orElse(null);
        if (created == null) {
            // Another window on the shared database made this plan a moment ago: it is theirs and ours.
            return plans.find(week, owner).orElseThrow();
        }
        // The gestures' introductions need the whole network's offers: read them while the people are chosen.
        gestures.prepare();
        add(created, day);
        LOG.info("Generated the reconnect plan of {}", week);
        return plans.find(week, owner).orElseThrow();
    }

    /** Adds the people the selection picks to a plan; returns how many. */
    private int add(WeekPlan plan, LocalDate day) {
        Settings s = settings.get();
        CadencePolicy policy = s.cadences();
        int slots = Math.max(0, s.planSize() - plan.cappedCount());
        // As many time-bound extras again at most: a week of 30,000 imported contacts held 192 of them.
        int extraSlots = Math.max(0, s.planSize() - plan.timeBoundCount());
        Set<Long> excluded = new HashSet<>(plans.snoozedOn(day));
        plan.entries().forEach(e -> excluded.add(e.contactId()));

        List<DueEntry> due = slots == 0 ? List.of()
                : DueList.build(contacts.dueCandidates(day, policy, slots + excluded.size()), day, policy,
                        Integer.MAX_VALUE);
        List<Pick> picks = PlanSelection.select(due, extraSlots == 0 ? List.of() : timeBound(day), excluded, slots,
                extraSlots);
        if (picks.isEmpty()) {
            return 0;
        }
        Map<Long, Contact> people = contacts.findAll(picks.stream().map(Pick::contactId).toList()).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        // "Never touched" means no interaction at all, not a last touch equal to the day they were added.
        Set<Long> touched = queries.touched(people.keySet());
        Map<Long, Gesture> gestureOf = gestures.adviseAll(people.values(), day);
        List<PlanEntry> entries = new ArrayList<>();
        int position = plan.nextPosition();
        for (Pick p : picks) {
            Contact c = people.get(p.contactId());
            if (c == null) {
                continue;
            }
            boolean neverTouched = !touched.contains(c.id());
            entries.add(PlanEntry.open(c.id(), position++, p.timeBound(), p.priority(),
                    PlanSelection.reasonOf(p, neverTouched), gestureOf.get(c.id())));
        }
        plans.addEntries(plan.id(), entries);
        return entries.size();
    }

    /** Follow-ups falling due and birthdays within the week's horizon, of people not archived. */
    private List<TimeBound> timeBound(LocalDate day) {
        List<PendingFollowUp> followUps = queries.followUpsDue(PendingFollowUp.windowStart(day),
                PendingFollowUp.windowEnd(day));
        Map<Long, Birthday> birthdays = queries.birthdaysOn(BirthdayWindow.monthDays(day));
        Set<Long> ids = new LinkedHashSet<>(birthdays.keySet());
        followUps.forEach(f -> ids.add(f.contactId()));
        Map<Long, ContactSummary> summaries = contacts.summaries(ids).stream()
                .collect(Collectors.toMap(ContactSummary::id, Function.identity()));
        List<TimeBound> out = new ArrayList<>();
        for (PendingFollowUp f : followUps) {
            ContactSummary c = summaries.get(f.contactId());
            if (c != null && !c.archived() && f.isPending(c.lastTouch(), day)) {
                out.add(TimeBound.followUp(c, f));
            }
        }
        birthdays.forEach((id, b) -> {
            ContactSummary c = summaries.get(id);
            if (c != null && !c.archived()) {
                BirthdayWindow.next(b, day).ifPresent(on -> out.add(TimeBound.birthday(c, on)));
            }
        });
        return out;
    }

    private PlanOnDay view(WeekPlan plan, LocalDate day) {
        List<Long> ids = plan.entries().stream().map(PlanEntry::contactId).toList();
        Map<Long, Contact> people = contacts.findAll(ids).stream()
                .collect(Collectors.toMap(Contact::id, Function.identity()));
        Map<Long, Reciprocity> balance = reciprocity.of(ids);
        List<Ask> active = asks.active();
        CadencePolicy policy = settings.get().cadences();
        List<PlanLine> lines = new ArrayList<>();
        for (PlanEntry e : plan.entries()) {
            Contact c = people.get(e.contactId());
            if (c == null) {
                continue;
            }
            ContactSummary summary = ContactSummary.of(c);
            Reciprocity r = balance.get(c.id());
            Ask ask = r.canAsk() ? AskRelevance.best(c, active).orElse(null) : null;
            lines.add(new PlanLine(e, summary, Staleness.of(summary, day, policy), r, ask, !r.canAsk()));
        }
        return new PlanOnDay(plan, day, lines);
    }
}
