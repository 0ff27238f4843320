package app.orbit.service;

import app.orbit.domain.Interaction;

/**
 * Hears of each logged, edited or deleted interaction inside the transaction that writes it, so
 * what it does commits or rolls back with the interaction (the reconnect plan marks its entry
 * done this way, and reopens it when the touch that completed it goes).
 */
@FunctionalInterface
public interface InteractionListener {

    InteractionListener NONE = interaction -> { };

    void logged(Interaction interaction);

    /**
     * After a one-to-many touch is stored: {@code countedFor} are those of its participants for
     * whom it counts as a touch (decision 0010). {@link #logged} is not called for it.
     */
    default void loggedToMany(Interaction interaction, java.util.Set<Long> countedFor) {
    }

    /** After an edit is stored: {@code before} as it was, {@code after} as it is now. */
    default void edited(Interaction before, Interaction after) {
    }

    /** After the interaction was deleted. */
    default void deleted(Interaction removed) {
    }
}
