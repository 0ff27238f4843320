package app.orbit.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactFormViewModelTest {

    @TempDir
    Path dir;
    private Orbit orbit;
    private Background sameThread;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        sameThread = new Background(Runnable::run, Runnable::run, e -> { throw new AssertionError(e); });
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private ContactFormViewModel form(Locale locale, Contact original) {
        return new ContactFormViewModel(orbit.contacts(), sameThread, new Messages(locale), Throwable::toString,
                original, null);
    }

    @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', value = {
        "emails   | cecile@     | email    | not an email address",
        "phones   | call me     | phone    | not a phone number",
        "birthday | 12/03/1984  | birthday | use YYYY-MM-DD",
        "cadence  | often       | cadence  | not a number of days",
        "cadence  | 0           | cadence  | between 1 and 3650",
    })
    void typing_badValue_namesTheFieldAndSaysWhy(String field, String value, String errorField, String message) {
        ContactFormViewModel vm = form(Locale.ENGLISH, null);
        vm.firstName().set("Cécile");

        switch (field) {
            case "emails" -> vm.emails().set(value);
            case "phones" -> vm.phones().set(value);
            case "birthday" -> vm.birthday().set(value);
            default -> vm.cadence().set(value);
        }

        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().errorField().get()).isEqualTo(errorField);
        assertThat(vm.form().error().get()).contains(message);
    }

    @Test
    void error_isInFrenchForAFrenchUser() {
        ContactFormViewModel vm = form(Locale.FRENCH, null);
        vm.firstName().set("Cécile");

        vm.emails().set("cecile@");

        assertThat(vm.form().error().get()).isEqualTo("« cecile@ » n'est pas une adresse e-mail.");
    }

    @Test
    void save_newContact_storesEveryField() {
        ContactFormViewModel vm = form(Locale.ENGLISH, null);
        vm.firstName().set("Cécile");
        vm.lastName().set("Moreau");
        vm.emails().set("cecile@atelier.fr, c.moreau@gmail.com");
        vm.tags().set("design; friends");
        vm.birthday().set("--03-12");
        vm.circle().set(Circle.INNER);
        vm.cadence().set("21");
        vm.needs().set("an illustrator");
        List<Contact> saved = new ArrayList<>();

        vm.save(saved::add);

        Contact c = orbit.contacts().get(saved.get(0).id());
        assertThat(c.emails()).containsExactly("cecile@atelier.fr", "c.moreau@gmail.com");
        assertThat(c.tags()).containsExactly("design", "friends");
        assertThat(c.birthday().toString()).isEqualTo("--03-12");
        assertThat(c.cadenceOverride()).isEqualTo(21);
        assertThat(c.knownSince()).isEqualTo(TestOrbit.TODAY);
    }

    @Test
    void save_edit_keepsTheNameAsWrittenUntilTheNameIsChanged() {
        Contact stored = orbit.contacts().create(Contact.builder().firstName("John").lastName("Doe")
                .namePrefix("Mr.").nameSuffix("Sr.").formattedName("Mr. John R. Doe Sr.")
                .address(new app.orbit.domain.PostalAddress("home", "5 Silicon Alley", "12345", "New York", "", ""))
                .build());
        ContactFormViewModel vm = form(Locale.ENGLISH, stored);
        vm.organisation().set("IBM");
        vm.save(c -> { });
        assertThat(orbit.contacts().get(stored.id()).displayName()).isEqualTo("Mr. John R. Doe Sr.");

        ContactFormViewModel again = form(Locale.ENGLISH, orbit.contacts().get(stored.id()));
        again.firstName().set("Jon");
        again.save(c -> { });

        Contact c = orbit.contacts().get(stored.id());
        assertThat(c.displayName()).isEqualTo("Jon Doe");
        assertThat(c.fullName()).isEqualTo("Mr. Jon Doe Sr.");
        assertThat(c.addresses()).hasSize(1);
    }

    @Test
    void save_edit_keepsWhatTheFormDoesNotShow() {
        Contact stored = orbit.contacts().create(Contact.builder().firstName("Tom").lastName("Bernard")
                .knownSince(TestOrbit.TODAY.minusYears(2)).build());
        ContactFormViewModel vm = form(Locale.ENGLISH, stored);

        vm.organisation().set("Doctolib");
        vm.save(c -> { });

        Contact c = orbit.contacts().get(stored.id());
        assertThat(c.organisation()).isEqualTo("Doctolib");
        assertThat(c.knownSince()).isEqualTo(TestOrbit.TODAY.minusYears(2));
        assertThat(c.createdAt()).isEqualTo(stored.createdAt());
    }

    @Test
    void save_knownSinceAfterTheFirstLoggedTouch_isRefusedWithTheDateInTheForm() {
        Contact lea = orbit.contacts().create(Contact.builder().firstName("Léa").circle(Circle.CLOSE).build());
        orbit.interactions().log(app.orbit.domain.Interaction.of(TestOrbit.TODAY.minusDays(61),
                app.orbit.domain.InteractionKind.MEETING, List.of(lea.id()), "Coffee", "",
                app.orbit.domain.Exchange.NONE, null));
        Messages en = new Messages(Locale.ENGLISH);
        ContactFormViewModel vm = new ContactFormViewModel(orbit.contacts(), sameThread, en,
                new app.orbit.ui.common.Dialogs(en, dir)::describe, orbit.contacts().get(lea.id()), null);
        List<Contact> saved = new ArrayList<>();

        vm.knownSince().set(TestOrbit.TODAY.minusDays(5));
        vm.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(vm.form().error().get())
                .isEqualTo("Known since can\u2019t be after your first logged interaction with them, on September 26, 2026.");
        assertThat(orbit.contacts().get(lea.id()).knownSince()).isEqualTo(TestOrbit.TODAY.minusDays(61));
    }
}
