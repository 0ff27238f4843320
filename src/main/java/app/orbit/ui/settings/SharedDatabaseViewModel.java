package app.orbit.ui.settings;

import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import app.orbit.ui.common.Background;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Settings › Shared database: where the network is now, and the server to open on at the next starts. */
public final class SharedDatabaseViewModel {

    private final SharedDatabase shared;
    private final Background background;
    private final Messages messages;
    /** The address being edited. */
    private final StringProperty address = new SimpleStringProperty("");
    /** Says where the data is when a server holds it; empty on this computer's folder. */
    private final Optional<String> serverPlace;
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public SharedDatabaseViewModel(SharedDatabase shared, Background background, Messages messages) {
        this.shared = shared;
        this.background = background;
        this.messages = messages;
        Optional<String> server = shared.currentServer();
        serverPlace = server.map(s -> messages.get("shared.where.server", s, shared.folder()));
        where.set(serverPlace.orElseGet(() -> messages.get("shared.where.local", shared.folder())));
    }

    /** The address being edited. */
    @app.orbit.ui.ViewEdits
    StringProperty address() {
        return address;
    }

    /** Where the data is when a shared server holds it (Settings says so instead of the data directory); else empty. */
    public Optional<String> serverPlace() {
        return serverPlace;
    }

    ReadOnlyStringProperty where() {
        return where.getReadOnlyProperty();
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /** Reads the saved address into the field. */
    public void load() {
        background.run(shared::saved, saved -> address.set(saved.orElse("")), this::failed);
    }

    /** Saves the address for the next starts; a wrong one is said and nothing is saved. */
    public void save() {
        String a = address.get() == null ? "" : address.get().strip();
        if (a.isEmpty()) {
            clear();
            return;
        }
        background.run(() -> {
            shared.save(a);
            return a;
        }, saved -> status.set(messages.get("shared.saved", app.orbit.domain.ServerAddress.masked(saved))),
                this::failed);
    }

    /** The next starts open this computer's data. */
    public void clear() {
        background.run(() -> {
            shared.clear();
            return true;
        }, done -> {
            address.set("");
            status.set(messages.get("shared.cleared"));
        }, this::failed);
    }

    private void failed(Throwable e) {
        status.set(e instanceof OrbitException oe ? messages.describe(oe) : messages.get("shared.notSavedUnknown"));
    }
}
