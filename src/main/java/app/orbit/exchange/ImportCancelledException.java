package app.orbit.exchange;

import app.orbit.domain.OrbitException;

/** The user cancelled an import or export; nothing was written. */
public final class ImportCancelledException extends OrbitException {

    public ImportCancelledException() {
        super("import.cancelled");
    }
}
