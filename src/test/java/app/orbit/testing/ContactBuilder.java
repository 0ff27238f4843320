package app.orbit.testing;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import java.time.LocalDate;

/** Test data: contacts with sensible defaults, changed only where a test cares. */
public final class ContactBuilder {

    private ContactBuilder() {
    }

    public static Contact.Builder person(String first, String last) {
        return Contact.builder().firstName(first).lastName(last).circle(Circle.NETWORK)
                .knownSince(TestOrbit.TODAY.minusYears(1));
    }

    public static ContactSummary summary(long id, Circle circle, Integer override, LocalDate lastTouch) {
        return new ContactSummary(id, "P" + id, "Test", "", "", circle, override, false, lastTouch);
    }
}
