package app.orbit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Text a database or a parser might mangle — quotes, SQL, LIKE wildcards, control characters
 * where fields allow them, right-to-left scripts, emoji, combining marks — comes back unchanged.
 */
@FreshOrbit
class HostileTextTest {

    private Orbit orbit;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
    }

    /** Hostile single-line text: no leading or trailing blanks (fields are trimmed) and no control characters. */
    static Stream<String> lines() {
        return Stream.of(
                "O'Brien",
                "\"Quoted\" and 'single' and `back` ticks",
                "Robert'); DROP TABLE contact;--",
                "' OR '1'='1",
                "1; DELETE FROM interaction WHERE 1=1; --",
                "100% _under_ \\back\\slash",
                "مرحبا بالعالم",
                "שלום עולם (with LTR) mixed",
                "\u202Eevil override\u202C and \u200Fmarks\u200E",
                "👩‍👩‍👧‍👦 family 🎉🇫🇷 flags",
                "e\u0301te\u0301 (decomposed) and \u00e9t\u00e9 (composed)",
                "Zero\u200Bwidth\uFEFFand\u2028line\u2029separators",
                "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 and CJK 漢字 かな",
                "<script>alert(1)</script> &amp; ${jndi:ldap://x}",
                "{0} {1,number} '' MessageFormat");
    }

    /** Multi-line text for notes: the control characters the domain allows there. */
    static Stream<String> notes() {
        return Stream.of(
                "line one\nline two\r\nline three\ttabbed",
                "Robert'); DROP TABLE interaction;--\n-- and a comment /* open",
                "نص عربي\nעברית\n🎉 end",
                "Bell \u0007 and escape \u001B[31m red and NUL-free",
                "x".repeat(Interaction.MAX_NOTES - 1) + "é");
    }

    // One fresh database per test, each test going through every string: a database per string
    // would cost a second apiece for no extra confidence.
    @Test
    void contact_hostileText_roundTripsThroughTheStoreAndSearch() {
        lines().forEach(this::contactRoundTrip);
    }

    private void contactRoundTrip(String text) {
        Contact stored = orbit.contacts().create(Contact.builder().firstName(text).lastName(text).organisation(text)
                .title(text).city(text).howWeMet(text).notes(text).needs(text).offers(text).circle(Circle.CLOSE)
                .tags(List.of(text.length() > Contact.MAX_TAG ? text.substring(0, Contact.MAX_TAG).strip() : text))
                .build());

        Contact read = orbit.contacts().get(stored.id());
        assertThat(read).as(text).isEqualTo(stored);
        assertThat(read.firstName()).isEqualTo(text);
        assertThat(read.notes()).isEqualTo(text);
        assertThat(read.offers()).isEqualTo(text);
        assertThat(orbit.contacts().search(text, false, 100)).as("search for %s", text)
                .extracting(ContactSummary::id).contains(stored.id());
    }

    @Test
    void interaction_hostileText_roundTrips() {
        lines().forEach(this::interactionRoundTrip);
    }

    private void interactionRoundTrip(String text) {
        Contact c = orbit.contacts().create(Contact.builder().firstName("Plain").circle(Circle.CLOSE).build());

        Interaction logged = orbit.interactions().log(Interaction.of(TestOrbit.TODAY, InteractionKind.MEETING,
                List.of(c.id()), text, text, Exchange.GAVE, new FollowUp(TestOrbit.TODAY.plusDays(3), text, false)));

        Interaction read = orbit.interactions().get(logged.id());
        assertThat(read).as(text).isEqualTo(logged);
        assertThat(read.summary()).isEqualTo(text);
        assertThat(read.followUp().promise()).isEqualTo(text);
        assertThat(orbit.contacts().details(c.id()).timeline()).singleElement().isEqualTo(logged);
    }

    @Test
    void notes_withLineBreaksAndControlCharacters_roundTrip() {
        notes().forEach(text -> {
            // A contact's notes allow line breaks and tabs only; an interaction's allow any character.
            boolean contactAllows = text.chars().noneMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t');
            Contact c = orbit.contacts().create(Contact.builder().firstName("Notes").circle(Circle.CLOSE)
                    .notes(contactAllows ? text : "").build());
            Interaction logged = orbit.interactions().log(Interaction.of(TestOrbit.TODAY, InteractionKind.CALL,
                    List.of(c.id()), "Notes", text, Exchange.NONE, null));

            assertThat(orbit.interactions().get(logged.id()).notes()).as(text).isEqualTo(text);
            assertThat(orbit.contacts().get(c.id()).notes()).isEqualTo(contactAllows ? text : "");
        });
    }

    @Test
    void search_likeWildcards_areMatchedLiterally() {
        Contact percent = orbit.contacts().create(Contact.builder().firstName("Hundred").lastName("100%")
                .circle(Circle.CLOSE).build());
        Contact underscore = orbit.contacts().create(Contact.builder().firstName("Snake").lastName("a_b")
                .circle(Circle.CLOSE).build());
        orbit.contacts().create(Contact.builder().firstName("Other").lastName("Person 1000 axb").circle(Circle.CLOSE)
                .build());

        assertThat(orbit.contacts().search("%", false, 10)).extracting(ContactSummary::id)
                .containsExactly(percent.id());
        assertThat(orbit.contacts().search("_", false, 10)).extracting(ContactSummary::id)
                .containsExactly(underscore.id());
        assertThat(orbit.contacts().search("'", false, 10)).isEmpty();
    }
}
