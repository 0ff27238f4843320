package app.orbit.service;

import app.orbit.domain.Ask;
import java.util.List;
import java.util.Optional;

/** Port: the user's asks. */
public interface AskRepository {

    Ask insert(Ask ask);

    Ask update(Ask ask);

    Optional<Ask> find(long id);

    /** Active asks first, then the most recently updated, then by id. */
    List<Ask> list(boolean includeRetired);

    boolean delete(long id);
}
