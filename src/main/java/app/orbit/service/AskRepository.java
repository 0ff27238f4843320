package app.orbit.service;

import app.orbit.domain.Ask;
import java.util.List;
import java.util.Optional;

/** Port: the asks of the people on the network (an ask is personal: decision 0016). */
public interface AskRepository {

    Ask insert(Ask ask);

    Ask update(Ask ask);

    Optional<Ask> find(long id);

    /** Everyone's asks, active ones first, then the most recently updated, then by id: for the JSON backup. */
    List<Ask> list(boolean includeRetired);

    /** The person's asks and those nobody owns yet, in the order of {@link #list}. */
    List<Ask> listFor(String person, boolean includeRetired);

    boolean delete(long id);
}
