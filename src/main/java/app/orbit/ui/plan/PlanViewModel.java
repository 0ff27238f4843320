package app.orbit.ui.plan;

import app.orbit.domain.CalendarSource;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Proposal;
import app.orbit.domain.WeekSummary;
import app.orbit.service.CalendarService;
import app.orbit.domain.Interaction;
import app.orbit.service.ContactService;
import app.orbit.service.InteractionService;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanOnDay;
import app.orbit.service.PlanService;
import app.orbit.service.SnoozeLength;
import app.orbit.ui.common.Avatar;
import app.orbit.ui.common.Background;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * "This week": the persisted reconnect plan, its progress, the actions on each entry, and past
 * weeks; and the meetings read from the calendars, to log ("To log").
 */
public final class PlanViewModel {

    /** How many past weeks the history shows. */
    public static final int HISTORY_WEEKS = 6;
    /** The size of a face on a card, in pixels. */
    public static final double AVATAR = 40;

    private final PlanService planner;
    private final ContactService contacts;
    private final Background background;
    private final InteractionService interactions;
    private final ObjectProperty<PlanOnDay> plan = new SimpleObjectProperty<>();
    private final ObjectProperty<Done> lastAction = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> refreshed = new SimpleObjectProperty<>();
    private final ObservableList<WeekSummary> history = FXCollections.observableArrayList();
    private volatile Map<Long, Image> photos = Map.of();
    private volatile boolean networkIsEmpty;
    private final CalendarService calendar;
    private final Background network;
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final IntegerProperty unknownPeople = new SimpleIntegerProperty();
    private final ObservableList<OrbitException> calendarProblems = FXCollections.observableArrayList();
    private boolean reading;
    private boolean readAgain;

    /** What was last done from a card, so that it can be undone: logged, snoozed or skipped. */
    public record Done(Kind kind, String name, long entryId, long interactionId) {
        /** The card actions that can be undone. */
        public enum Kind { LOGGED, SNOOZED, SKIPPED }
    }

    /** Without calendars (the plan only). */
    public PlanViewModel(PlanService planner, ContactService contacts, InteractionService interactions,
            Background background) {
        this(planner, contacts, interactions, background, null, background);
    }

    /**
     * With the calendars: {@code network} runs their reading (files, addresses), which may wait
     * on the network, so that it never holds the database worker up.
     */
    public PlanViewModel(PlanService planner, ContactService contacts, InteractionService interactions,
            Background background, CalendarService calendar, Background network) {
        this.planner = planner;
        this.interactions = interactions;
        this.contacts = contacts;
        this.background = background;
        this.calendar = calendar;
        this.network = network;
    }

    /** The meetings to log, newest first. */
    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    /** How many people invited to the proposed meetings are not contacts yet. */
    public javafx.beans.property.ReadOnlyIntegerProperty unknownPeople() {
        return unknownPeople;
    }

    /** What went wrong reading each calendar that could not be read, last time. */
    public ObservableList<OrbitException> calendarProblems() {
        return calendarProblems;
    }

    /**
     * Reads every calendar (at start and every 15 minutes): the sources from the database, the
     * files and addresses on the network worker, the matching back on the database worker. A read
     * already under way is not doubled.
     */
    public void readCalendars() {
        if (calendar == null) {
            return;
        }
        if (reading) {
            // A calendar added meanwhile is read as soon as this reading ends.
            readAgain = true;
            return;
        }
        reading = true;
        readAgain = false;
        background.run(calendar::sources, sources -> network.run(() -> fetch(sources), read ->
                background.run(calendar::propose, this::readDone, this::readFailed), this::readFailed),
                this::readFailed);
    }

    private boolean fetch(List<CalendarSource> sources) {
        calendar.fetch(sources);
        return true;
    }

    private void readFailed(Throwable e) {
        reading = false;
        background.fail(e);
    }

    /** Matches what was read again (contacts changed), without reading the calendars. */
    public void reproposeCalendars() {
        if (calendar != null) {
            background.run(calendar::propose, this::showProposals);
        }
    }

    /** Logs a proposal as it is: one click, or Enter. */
    public void accept(Proposal p) {
        background.run(() -> calendar.accept(p.id()), logged -> showProposals(calendar.proposals()));
    }

    /** The proposal was logged from the log dialog, edited first. */
    public void accepted(Proposal p) {
        background.run(() -> {
            calendar.accepted(p.id());
            return calendar.proposals();
        }, this::showProposals);
    }

    public void dismiss(Proposal p) {
        background.run(() -> {
            calendar.dismiss(p.id());
            return calendar.proposals();
        }, this::showProposals);
    }

    /** Adds everyone invited who is not a contact yet, not sorted, and proposes again with them. */
    public void addUnknownPeople() {
        background.run(() -> {
            calendar.addUnknownPeople();
            return calendar.proposals();
        }, this::showProposals);
    }

    private void showProposals(List<Proposal> list) {
        proposals.setAll(list);
        unknownPeople.set(calendar.unknownPeople().size());
        calendarProblems.setAll(calendar.problems());
    }

    private void readDone(List<Proposal> list) {
        showProposals(list);
        reading = false;
        if (readAgain) {
            readCalendars();
        }
    }

    public javafx.beans.property.ReadOnlyObjectProperty<PlanOnDay> plan() {
        return plan;
    }

    public ObservableList<WeekSummary> history() {
        return history;
    }

    /** The faces of the plan's people who have a picture, by contact id; read when the plan changes. */
    public Map<Long, Image> photos() {
        return photos;
    }

    /** Whether the address book had nobody in it when the plan was read. */
    public boolean networkIsEmpty() {
        return networkIsEmpty;
    }

    public LocalDate today() {
        return planner.today();
    }

    /** Loads this week's plan (generating it the first time) and the history. */
    public void refresh() {
        background.run(() -> loaded(planner.thisWeek()), this::show);
        reproposeCalendars();
    }

    /**
     * Adds whoever fell due since the plan was made, keeping what was done, snoozed or skipped;
     * {@link #refreshed} then says how many were added.
     */
    public void regenerate() {
        int before = plan.get() == null ? 0 : plan.get().lines().size();
        background.run(() -> loaded(planner.refresh()), loaded -> {
            show(loaded);
            // Refresh's answer takes the bar: what was done before can no longer be undone from it.
            lastAction.set(null);
            refreshed.set(null);
            refreshed.set(Math.max(0, loaded.plan.lines().size() - before));
        });
    }

    /** How many people the last Refresh added (set anew after each one, so that each is announced). */
    public javafx.beans.property.ReadOnlyObjectProperty<Integer> refreshed() {
        return refreshed;
    }

    /** Forgets the last card action (its bar was closed): nothing to undo any more. */
    public void dismissLast() {
        lastAction.set(null);
    }

    /** The last card action, until it is undone or another replaces it; null when there is none. */
    public javafx.beans.property.ReadOnlyObjectProperty<Done> lastAction() {
        return lastAction;
    }

    public void snooze(PlanLine line, SnoozeLength length) {
        long entryId = line.entry().id();
        background.run(() -> planner.snooze(entryId, length), e -> did(Done.Kind.SNOOZED, line, 0));
    }

    public void snoozeUntil(PlanLine line, LocalDate until) {
        long entryId = line.entry().id();
        background.run(() -> planner.snoozeUntil(entryId, until), e -> did(Done.Kind.SNOOZED, line, 0));
    }

    public void skip(PlanLine line, String why) {
        long entryId = line.entry().id();
        background.run(() -> planner.skip(entryId, why), e -> did(Done.Kind.SKIPPED, line, 0));
    }

    /** A touch was logged from {@code line}'s card: Undo deletes it. */
    public void logged(PlanLine line, Interaction saved) {
        did(Done.Kind.LOGGED, line, saved.id());
    }

    private void did(Done.Kind kind, PlanLine line, long interactionId) {
        lastAction.set(new Done(kind, line.contact().displayName(), line.entry().id(), interactionId));
    }

    /** Puts back an entry snoozed or skipped earlier (the list under the cards). */
    public void reopen(long entryId) {
        Done last = lastAction.get();
        if (last != null && last.entryId() == entryId && last.kind() != Done.Kind.LOGGED) {
            lastAction.set(null);
        }
        background.run(() -> planner.undo(entryId), e -> { });
    }

    /**
     * Undoes the last card action: a touch logged is deleted (its entry goes back to do, the last
     * touch to what it was); a snooze or a skip is lifted. Nothing when there is none.
     */
    public void undoLast() {
        Done last = lastAction.get();
        if (last == null) {
            return;
        }
        lastAction.set(null);
        if (last.kind() == Done.Kind.LOGGED) {
            background.run(() -> {
                interactions.delete(last.interactionId());
                return last;
            }, d -> refresh());
        } else {
            background.run(() -> planner.undo(last.entryId()), e -> refresh());
        }
    }

    private Loaded loaded(PlanOnDay p) {
        List<Long> ids = p.lines().stream().map(PlanLine::contact).map(c -> c.id()).toList();
        return new Loaded(p, planner.history(HISTORY_WEEKS), Avatar.decode(contacts.photos(ids), AVATAR),
                p.lines().isEmpty() && contacts.count() == 0);
    }

    private void show(Loaded loaded) {
        photos = loaded.photos;
        networkIsEmpty = loaded.emptyNetwork;
        plan.set(loaded.plan);
        history.setAll(loaded.history);
    }

    private record Loaded(PlanOnDay plan, List<WeekSummary> history, Map<Long, Image> photos, boolean emptyNetwork) {
    }
}
