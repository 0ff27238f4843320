package app.orbit.service;

import app.orbit.domain.Ask;
import app.orbit.domain.GestureKind;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.Phrase;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanProgress;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.PrecisionCheck;
import app.orbit.domain.Reciprocity;
import app.orbit.domain.TimeBound;
import app.orbit.domain.WeekSummary;
import java.time.LocalDate;
import java.util.List;

/** Everything the plan, gestures, asks and reciprocity say to the user, in one language. */
public final class PlanWording {

    private final Messages messages;
    private final AskComposer composer;

    public PlanWording(Messages messages) {
        this.messages = messages;
        this.composer = new AskComposer();
    }

    public Messages messages() {
        return messages;
    }

    /**
     * Why the person is on the plan ("Last touch on 2 September 2026; every 30 days."), kept true
     * after a touch: once they were touched after the day the reason names, it says so with the new
     * last touch instead of the stale one.
     */
    public String reason(PlanLine line) {
        Phrase stored = line.entry().reason();
        boolean stale = stored.key().equals("plan.reason.stale") || stored.key().equals("plan.reason.neverTouched");
        if (stale && stored.args().size() == 2 && stored.args().get(0) instanceof java.time.LocalDate named
                && line.contact().lastTouch() != null && line.contact().lastTouch().isAfter(named)) {
            return messages.text(Phrase.of("plan.reason.touchedAgain", line.contact().lastTouch(),
                    stored.args().get(1)));
        }
        return messages.text(stored);
    }

    /** The gesture as a sentence ("Introduce Léa to Antoine: ask them both first."). */
    public String gesture(PlanLine line) {
        return messages.text(line.entry().gesture().sentence());
    }

    /** Why the advisor chose that gesture. */
    public String gestureReason(PlanLine line) {
        return messages.text(line.entry().gesture().reason());
    }

    /** The ask to make, the advice to give first, or empty when neither applies. */
    public String suggestion(PlanLine line) {
        if (line.ask() != null) {
            return messages.get("plan.suggestion.ask", ask(line.ask()));
        }
        return line.giveFirst() ? messages.get("plan.suggestion.giveFirst", line.contact().displayName()) : "";
    }

    /**
     * The chip of a time-bound entry: "This week" when its date (a promise's due date, a
     * birthday) falls in the plan's week; otherwise the date, so that a promise due next Tuesday
     * never reads as this week's ("Due Tuesday, December 8"), nor a late one as on time.
     */
    public String timeBound(PlanLine line, IsoWeek week) {
        Phrase reason = line.entry().reason();
        LocalDate on = null;
        for (Object a : reason.args()) {
            if (a instanceof LocalDate d) {
                on = d;
            }
        }
        if (on == null || week.contains(on)) {
            return messages.get("week.timeBound");
        }
        boolean promise = reason.key().equals(TimeBound.FOLLOW_UP);
        if (on.isBefore(week.monday())) {
            return messages.text(Phrase.of(promise ? "week.timeBound.late" : "week.timeBound.on", on));
        }
        return messages.text(Phrase.of(promise ? "week.timeBound.due" : "week.timeBound.on", on));
    }

    /** "3 of 7 done". */
    public String progress(PlanProgress p) {
        return messages.get("plan.progress", (long) p.done(), (long) p.total());
    }

    public String status(PlanStatus s) {
        return messages.of("plan.status", s);
    }

    /** The state of an entry in words, with the snooze date or the reason to skip when there is one. */
    public String status(PlanEntry e) {
        return switch (e.status()) {
            case SNOOZED -> messages.text(Phrase.of("plan.status.snoozedUntil", e.snoozeUntil()));
            case SKIPPED -> e.skipReason().isEmpty() ? status(e.status())
                    : messages.get("plan.status.skippedBecause", e.skipReason());
            default -> status(e.status());
        };
    }

    /** "Week 48 · 23 to 29 November 2026". */
    public String week(IsoWeek w) {
        return messages.text(Phrase.of("plan.week", (long) w.week(), w.monday(), w.sunday()));
    }

    /** A line of the history: "Week 47: 5 of 7 done, 1 skipped". */
    public String history(WeekSummary s) {
        return messages.get("plan.history", (long) s.week().week(), (long) s.progress().done(),
                (long) s.progress().total(), (long) s.progress().skipped());
    }

    /** "Gave 3, asked 1, received 2 in the last 12 months (all time: 5, 2, 2)". */
    public String reciprocity(Reciprocity r) {
        return messages.get("reciprocity.summary", (long) r.gaveLastYear(), (long) r.askedLastYear(),
                (long) r.receivedLastYear(), (long) r.gave(), (long) r.asked(), (long) r.received());
    }

    /** Whether the user may ask now, in words. */
    public String giveFirstRule(Reciprocity r) {
        return messages.get(r.canAsk() ? "reciprocity.canAsk" : "reciprocity.giveFirst");
    }

    /**
     * The ask as one sentence: in this language when its words allow, otherwise in the language
     * they are written in (an ask typed in French is said in French even in the English window).
     */
    public String ask(Ask ask) {
        return composer.sentence(ask, messages.locale());
    }

    /** "Precision 65/100". */
    public String score(PrecisionCheck check) {
        return messages.get("ask.score", (long) check.score());
    }

    /** The precision hints, one sentence each. */
    public List<String> hints(PrecisionCheck check) {
        return check.hints().stream().map(messages::text).toList();
    }

    /** "An introduction", for the ask editor's choice. */
    public String helpWanted(HelpWanted h) {
        return messages.of("ask.helpWanted", h);
    }

    /** "Introduce", a short label for a gesture's kind. */
    public String gestureKind(GestureKind k) {
        return messages.of("gesture.kind", k);
    }
}
