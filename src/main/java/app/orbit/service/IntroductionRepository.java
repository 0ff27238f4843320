package app.orbit.service;

import app.orbit.domain.IntroductionPair;
import app.orbit.domain.IntroductionVerdict;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/** Port: who the user has introduced to whom, so no pair is suggested twice. */
public interface IntroductionRepository {

    /** Records an introduction; recording the same pair again keeps the first record. */
    void record(IntroductionPair pair, LocalDate on, Long interactionId);

    /** One introduction made: the pair, the day, and the interaction it was logged with (may be null). */
    record Made(IntroductionPair pair, LocalDate on, Long interactionId) {
    }

    /** Every introduction made, by pair: for the JSON backup. */
    java.util.List<Made> all();

    /** Stores what the user said of a suggestion, replacing what they said of it before. */
    void decide(IntroductionVerdict verdict);

    /** Every verdict stored, for the suggestions' filter and the JSON backup. */
    java.util.List<IntroductionVerdict> verdicts();

    /** The introduced pairs that involve any of these contacts. */
    Set<IntroductionPair> involving(Collection<Long> contactIds);
}
