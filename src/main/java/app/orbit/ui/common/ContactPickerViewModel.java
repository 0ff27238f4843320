package app.orbit.ui.common;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Text;
import app.orbit.service.ContactService;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/** A contact picker's state: the people suggested for what was typed last, with their faces. */
public final class ContactPickerViewModel {

    /** How many people a picker suggests at most. */
    public static final int SUGGESTIONS = 8;
    /** The size of a face in the suggestions, in pixels. */
    public static final double AVATAR = 28;

    private final ContactService contacts;
    private final Background background;
    private final ReadOnlyObjectWrapper<Suggestions> suggestions = new ReadOnlyObjectWrapper<>();
    private long seq;

    /**
     * The people found for {@code query} (as cleaned), and the faces of those who have a picture;
     * {@code seq} tells one answer from the next, even when both found the same people.
     */
    public record Suggestions(long seq, String query, List<ContactSummary> people, Map<Long, Image> faces) {
    }

    public ContactPickerViewModel(ContactService contacts, Background background) {
        this.contacts = contacts;
        this.background = background;
    }

    /** The latest answer; null while nothing is typed. */
    public ReadOnlyObjectProperty<Suggestions> suggestions() {
        return suggestions.getReadOnlyProperty();
    }

    /** Looks up the people matching {@code text} (accent- and case-insensitive); an answer to older text is dropped. */
    public void suggest(String text) {
        long mine = ++seq;
        String q = Text.clean(text);
        if (q.isEmpty()) {
            suggestions.set(null);
            return;
        }
        background.run(() -> {
            List<ContactSummary> found = contacts.search(q, false, SUGGESTIONS);
            return new Suggestions(mine, q, found, Avatar.decode(contacts.photos(found.stream()
                    .map(ContactSummary::id).toList()), AVATAR));
        }, found -> {
            if (mine == seq) {
                suggestions.set(found);
            }
        });
    }
}
