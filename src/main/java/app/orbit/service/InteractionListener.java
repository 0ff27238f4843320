package app.orbit.service;

import app.orbit.domain.Interaction;

/**
 * Hears of each logged interaction inside the transaction that stores it, so what it does
 * commits or rolls back with the interaction (the reconnect plan marks its entry done this way).
 */
@FunctionalInterface
public interface InteractionListener {

    InteractionListener NONE = interaction -> { };

    void logged(Interaction interaction);
}
