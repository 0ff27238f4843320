package app.orbit.ui.common;

import app.orbit.domain.ValidationException;
import app.orbit.service.Messages;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * The validation state every form's view model shares: every rule broken (by field), the first
 * of them, whether the form is valid, being saved, or touched by the user yet. The view shows a
 * field's error once the user has left that field, and all of them once Save was tried.
 */
public final class FormState {

    private final Messages messages;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final ObservableMap<String, String> errors = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableSet<String> visited = FXCollections.observableSet();
    private final BooleanProperty submitted = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final StringBinding shown;

    public FormState(Messages messages) {
        this.messages = messages;
        this.shown = Bindings.createStringBinding(() -> {
            StringBuilder out = new StringBuilder(failure.get());
            errors.forEach((field, message) -> {
                if (shows(field)) {
                    out.append(out.isEmpty() ? "" : "\n").append(message);
                }
            });
            return out.toString();
        }, errors, visited, submitted, failure);
    }

    /** Re-checks the form whenever one of the fields changes, and marks it touched. */
    public void watch(Runnable check, Observable... fields) {
        for (Observable o : fields) {
            o.addListener(x -> {
                touched.set(true);
                failure.set("");
                check.run();
            });
        }
        check.run();
    }

    /** Runs the form's checks: clears the error when they pass, else records the one broken. */
    public void check(Runnable checks) {
        checkAll(skip -> checks.run());
    }

    /**
     * Runs the form's checks until each field at fault is known: {@code checks} is given the fields
     * already found wrong, and must use a harmless value for them so the next rule broken shows.
     */
    public void checkAll(Consumer<Set<String>> checks) {
        Map<String, String> found = new LinkedHashMap<>();
        Set<String> skip = new HashSet<>();
        while (true) {
            try {
                checks.accept(Set.copyOf(skip));
                break;
            } catch (ValidationException e) {
                String field = e.field() == null ? "" : e.field();
                if (found.containsKey(field)) {
                    break;
                }
                found.put(field, messages.describe(e));
                skip.add(field);
            }
        }
        if (!found.equals(errors)) {
            errors.clear();
            errors.putAll(found);
        }
        Map.Entry<String, String> first = found.entrySet().stream().findFirst().orElse(null);
        error.set(first == null ? "" : first.getValue());
        errorField.set(first == null ? "" : first.getKey());
        valid.set(found.isEmpty());
    }

    /** The user has left {@code field}: its error, if any, shows from now on. */
    public void visit(String field) {
        visited.add(field);
    }

    /** Save was tried: every error shows. */
    public void submit() {
        submitted.set(true);
    }

    /** Whether the error of {@code field} is shown to the user. */
    public boolean shows(String field) {
        return submitted.get() || visited.contains(field);
    }

    /** Saving failed: show why, in the form. */
    public void failed(String message) {
        saving.set(false);
        touched.set(true);
        failure.set(message);
        error.set(message);
    }

    /** The message of the first rule broken (shown or not yet), or empty. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The field at fault first (as named in ValidationException.field()), or empty. */
    public ReadOnlyStringProperty errorField() {
        return errorField.getReadOnlyProperty();
    }

    /** Every rule broken, by field, in the order the checks found them. */
    public ObservableMap<String, String> errors() {
        return FXCollections.unmodifiableObservableMap(errors);
    }

    /** What the user is shown: the errors of the fields left or of a Save tried, and why saving failed. */
    public StringBinding shown() {
        return shown;
    }

    /** The fields the user has left, and whether Save was tried; for the view to mark fields. */
    public Observable[] shownState() {
        return new Observable[] {errors, visited, submitted};
    }

    public BooleanProperty valid() {
        return valid;
    }

    public BooleanProperty saving() {
        return saving;
    }

    /** Whether the user has changed anything since the form opened. */
    public BooleanProperty touched() {
        return touched;
    }
}
