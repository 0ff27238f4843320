package app.orbit.domain;

import java.util.Collection;

/**
 * How far a week's plan has come. Snoozed entries have left the week, so they are not in the
 * {@link #total()}; skipped ones are, as handled but not done.
 */
public record PlanProgress(int open, int done, int skipped, int snoozed) {

    public static PlanProgress of(Collection<PlanEntry> entries) {
        int open = 0;
        int done = 0;
        int skipped = 0;
        int snoozed = 0;
        for (PlanEntry e : entries) {
            switch (e.status()) {
                case OPEN -> open++;
                case DONE -> done++;
                case SKIPPED -> skipped++;
                case SNOOZED -> snoozed++;
            }
        }
        return new PlanProgress(open, done, skipped, snoozed);
    }

    /** The "7" of "3 of 7 done": open, done and skipped entries. */
    public int total() {
        return open + done + skipped;
    }

    /** Nothing left open. */
    public boolean finished() {
        return open == 0;
    }
}
