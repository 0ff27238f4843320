package app.orbit.service;

import app.orbit.domain.OrbitException;

/** The contact or interaction asked for is not there (deleted elsewhere, a stale id). */
public class NotFoundException extends OrbitException {

    public NotFoundException(String what, long id) {
        super("error.notFound." + what, id);
    }
}
