package app.orbit.ui.contacts;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.EditConflictException;
import app.orbit.domain.Text;
import app.orbit.domain.ValidationException;
import app.orbit.service.ContactService;
import app.orbit.service.Messages;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.FormState;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The add/edit contact form: one property per field, validated as the user types. The error
 * names the field at fault so the view can mark it.
 */
public final class ContactFormViewModel {

    private final ContactService contacts;
    private final Background background;
    private final Messages messages;
    /** The stored contact the form edits (null for a new one); after a conflict, the version saved elsewhere. */
    private Contact original;
    private final Function<Throwable, String> describe;
    /** The two versions shown side by side after a save was refused, or null while editing. */
    private final ObjectProperty<EditConflict> conflict = new SimpleObjectProperty<>();

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty emails = new SimpleStringProperty("");
    private final StringProperty phones = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty tags = new SimpleStringProperty("");
    private final StringProperty birthday = new SimpleStringProperty("");
    private final StringProperty howWeMet = new SimpleStringProperty("");
    private final ObjectProperty<ContactSummary> introducedBy = new SimpleObjectProperty<>();
    private final StringProperty needs = new SimpleStringProperty("");
    private final StringProperty offers = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Circle> circle = new SimpleObjectProperty<>(Circle.NETWORK);
    private final StringProperty cadence = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> knownSince = new SimpleObjectProperty<>();

    private final FormState state;

    /** A form for a new contact ({@code original} null) or to edit one. */
    public ContactFormViewModel(ContactService contacts, Background background, Messages messages,
            Function<Throwable, String> describe, Contact original, ContactSummary introducer) {
        this.describe = describe;
        this.contacts = contacts;
        this.background = background;
        this.messages = messages;
        this.state = new FormState(messages);
        this.original = original;
        if (original != null) {
            firstName.set(original.firstName());
            lastName.set(original.lastName());
            emails.set(String.join(", ", original.emails()));
            phones.set(String.join(", ", original.phones()));
            organisation.set(original.organisation());
            title.set(original.title());
            city.set(original.city());
            tags.set(String.join(", ", original.tags()));
            birthday.set(original.birthday() == null ? "" : original.birthday().toString());
            howWeMet.set(original.howWeMet());
            introducedBy.set(introducer);
            needs.set(original.needs());
            offers.set(original.offers());
            notes.set(original.notes());
            circle.set(original.circle());
            cadence.set(original.cadenceOverride() == null ? "" : original.cadenceOverride().toString());
            knownSince.set(original.knownSince());
        }
        Observable[] all = {firstName, lastName, emails, phones, organisation, title, city, tags, birthday, howWeMet,
            introducedBy, needs, offers, notes, circle, cadence, knownSince};
        state.watch(this::validate, all);
    }

    public boolean isNew() {
        return original == null;
    }

    /**
     * The circles the form offers: the five a person can be put in, and "Not sorted" only for
     * someone still waiting to be sorted, so that editing their card does not sort them.
     */
    public java.util.List<Circle> circleChoices() {
        if (original != null && !original.circle().isSorted()) {
            java.util.List<Circle> out = new java.util.ArrayList<>(Circle.SORTED);
            out.add(Circle.UNSORTED);
            return out;
        }
        return Circle.SORTED;
    }

    /** The form's validation state: error, field at fault, valid, saving, touched. */
    public FormState form() {
        return state;
    }

    /** Checks every field; records each field at fault with its message, or clears them. */
    public void validate() {
        state.checkAll(this::build);
    }

    Contact build() {
        return build(java.util.Set.of());
    }

    /** The contact the form says, with a harmless value for each field in {@code skip} (found wrong already). */
    private Contact build(java.util.Set<String> skip) {
        Integer cadenceDays = null;
        String c = Text.clean(cadence.get());
        if (!c.isEmpty() && !skip.contains("cadence")) {
            try {
                cadenceDays = Integer.parseInt(c);
            } catch (NumberFormatException e) {
                throw new ValidationException("cadence", "error.form.cadence.number", c);
            }
        }
        String b = skip.contains("birthday") ? "" : Text.clean(birthday.get());
        Contact.Builder builder = original == null ? Contact.builder() : original.toBuilder();
        if (original != null && (!Text.clean(firstName.get()).equals(original.firstName())
                || !Text.clean(lastName.get()).equals(original.lastName()))) {
            // The name as an address book wrote it ("Mr. John R. Doe Sr.") no longer says the edited name.
            builder.formattedName("");
        }
        return builder
                .firstName(skip.contains("firstName") ? "x" : firstName.get())
                .lastName(or(skip, "lastName", lastName.get()))
                .emails(skip.contains("email") ? List.of() : split(emails.get()))
                .phones(skip.contains("phone") ? List.of() : split(phones.get()))
                .organisation(or(skip, "organisation", organisation.get()))
                .title(or(skip, "title", title.get()))
                .city(or(skip, "city", city.get()))
                .tags(skip.contains("tags") ? List.of() : split(tags.get()))
                .birthday(b.isEmpty() ? null : Birthday.parse(b))
                .howWeMet(or(skip, "howWeMet", howWeMet.get()))
                .introducedById(introducedBy.get() == null || skip.contains("introducedBy") ? null
                        : introducedBy.get().id())
                .needs(or(skip, "needs", needs.get()))
                .offers(or(skip, "offers", offers.get()))
                .notes(or(skip, "notes", notes.get()))
                .circle(circle.get() == null ? Circle.NETWORK : circle.get())
                .cadenceOverride(skip.contains("cadence") ? null : cadenceDays)
                .knownSince(knownSince.get() == null && original != null ? original.knownSince() : knownSince.get())
                .build();
    }

    private static String or(java.util.Set<String> skip, String field, String value) {
        return skip.contains(field) ? "" : value;
    }

    private static List<String> split(String text) {
        return Arrays.stream(Text.clean(text).split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Saves in the background; calls {@code onSaved} with the stored contact, or shows the error in
     * the form. When the contact was changed elsewhere since the form opened, nothing is saved and
     * {@link #conflict()} holds both versions, for the user to choose.
     */
    public void save(Consumer<Contact> onSaved) {
        Contact draft;
        try {
            draft = build();
        } catch (ValidationException e) {
            validate();
            return;
        }
        state.saving().set(true);
        background.run(() -> {
            if (original == null) {
                return (Object) contacts.create(draft);
            }
            try {
                return contacts.update(draft);
            } catch (EditConflictException e) {
                return EditConflict.of(draft, e.current(), introducerName(draft), introducerName(e.current()), messages);
            }
        }, result -> {
            state.saving().set(false);
            if (result instanceof EditConflict c) {
                // From now on the form edits the version saved elsewhere: "keep mine" saves over it.
                original = c.theirs();
                conflict.set(c);
            } else {
                onSaved.accept((Contact) result);
            }
        }, failure -> state.failed(describe.apply(failure)));
    }

    @app.orbit.ui.ViewEdits
    public StringProperty firstName() {
        return firstName;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty lastName() {
        return lastName;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty emails() {
        return emails;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty phones() {
        return phones;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty organisation() {
        return organisation;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty title() {
        return title;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty city() {
        return city;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty tags() {
        return tags;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty birthday() {
        return birthday;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty howWeMet() {
        return howWeMet;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<ContactSummary> introducedBy() {
        return introducedBy;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty needs() {
        return needs;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty offers() {
        return offers;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty notes() {
        return notes;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Circle> circle() {
        return circle;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty cadence() {
        return cadence;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<LocalDate> knownSince() {
        return knownSince;
    }

    /** The versions in conflict while they are shown, else null. */
    public javafx.beans.property.ReadOnlyObjectProperty<EditConflict> conflict() {
        return conflict;
    }

    /** Keeps the user's version: saved over the one saved elsewhere (told again if it changed once more). */
    public void keepMine(Consumer<Contact> onSaved) {
        conflict.set(null);
        save(onSaved);
    }

    /** Takes the version saved elsewhere: nothing is written; the form ends on it. */
    public void takeTheirs(Consumer<Contact> onSaved) {
        EditConflict c = conflict.get();
        conflict.set(null);
        onSaved.accept(c.theirs());
    }

    /** Back to the form with the user's values, now editing from the version saved elsewhere. */
    public void backToEditing() {
        conflict.set(null);
    }

    private String introducerName(Contact c) {
        if (c.introducedById() == null) {
            return "";
        }
        ContactSummary mine = introducedBy.get();
        if (mine != null && mine.id() == c.introducedById()) {
            return mine.displayName();
        }
        return contacts.find(c.introducedById()).map(Contact::displayName).orElse("");
    }
}
