package app.orbit.domain;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {

    @Test
    void constructor_noName_isRefusedNamingTheField() {
        assertThatThrownBy(() -> person(" ", "").build())
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("firstName");
                    assertThat(e.key()).isEqualTo("error.contact.name.required");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "a@b@c", "two words@x.org"})
    void constructor_badEmail_isRefused(String email) {
        assertThatThrownBy(() -> person("A", "B").email(email).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void constructor_normalisesTagsEmailsAndTrims() {
        Contact c = person("  Cécile ", " Moreau ").email(" c@x.fr ").email("c@x.fr").email("")
                .tags(List.of("Design", "#friends", " design ", "")).build();

        assertThat(c.firstName()).isEqualTo("Cécile");
        assertThat(c.emails()).containsExactly("c@x.fr");
        assertThat(c.tags()).containsExactly("design", "friends");
        assertThat(c.displayName()).isEqualTo("Cécile Moreau");
        assertThat(c.lastTouch()).isEqualTo(c.knownSince());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 3651})
    void constructor_cadenceOutOfRange_isRefused(int cadence) {
        assertThatThrownBy(() -> person("A", "B").cadenceOverride(cadence).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("cadence"));
    }

    @Test
    void constructor_controlCharacters_areRefused() {
        assertThatThrownBy(() -> person("A\u0007", "B").build()).isInstanceOf(ValidationException.class);
    }

    @ParameterizedTest
    @CsvSource({"1984-03-12, 1984-03-12", "--03-12, --03-12", "--0229, --02-29"})
    void birthday_parse_roundTrips(String text, String expected) {
        assertThat(Birthday.parse(text).toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1984-02-30", "12/03/1984", "--13-01", "", "1700-01-01"})
    void birthday_parse_badInput_isRefusedWithTheText(String text) {
        assertThatThrownBy(() -> Birthday.parse(text)).isInstanceOf(ValidationException.class);
    }

    @Test
    void birthday_nextOccurrence_leapDayFallsOn28thInCommonYears() {
        Birthday leap = Birthday.parse("--02-29");

        assertThat(leap.nextOccurrence(LocalDate.of(2026, 11, 26))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(leap.nextOccurrence(LocalDate.of(2027, 12, 1))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @ParameterizedTest
    @CsvSource({"Cécile, cecile", "ÉLODIE Guérin, elodie guerin", "Œuvray, oeuvray", "  Jean   Dupont , jean dupont",
        "Łukasz, lukasz", "Straße, strasse"})
    void fold_removesAccentsAndCase(String in, String out) {
        assertThat(Text.fold(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.LinkedIn.com/in/jdoe/?x=1, linkedin.com/in/jdoe",
        "linkedin.com/in/jdoe, linkedin.com/in/jdoe",
        "HTTP://fr.linkedin.com/in/jdoe#top, linkedin.com/in/jdoe",
        "' https://www.example.org/a// ', www.example.org/a",
        "svn+ssh://ww.linkedin.com/in/x, linkedin.com/in/x",
        "https://, ''",
        "'', ''"})
    void profileKey_sameProfileWrittenDifferently_sameKey(String url, String key) {
        assertThat(Contact.profileKey(url)).isEqualTo(key);
    }

    @org.junit.jupiter.api.Test
    void profileKey_randomUrls_sameAsTheRegularExpressionsItReplaced() {
        java.util.regex.Pattern scheme = java.util.regex.Pattern.compile("^[a-z][a-z0-9+.-]*://");
        java.util.regex.Pattern host = java.util.regex.Pattern.compile("^(www\\.|[a-z]{2}\\.)(?=linkedin\\.com)");
        String[] parts = {"https://", "http:/", "://", "a1+.-://", "1a://", "www.", "ww.", "fr.", "f.", "linkedin.com",
            "linkedin.co", "/in/", "x", "?", "#", "/", "//", " ", "É", "."};
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder url = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) {
                url.append(parts[random.nextInt(parts.length)]);
            }
            String s = url.toString().strip().toLowerCase(java.util.Locale.ROOT);
            s = host.matcher(scheme.matcher(s).replaceFirst("")).replaceFirst("");
            int cut = s.length();
            for (char ch : new char[] {'?', '#'}) {
                int at = s.indexOf(ch);
                if (at >= 0 && at < cut) {
                    cut = at;
                }
            }
            s = s.substring(0, cut);
            while (s.endsWith("/")) {
                s = s.substring(0, s.length() - 1);
            }
            assertThat(Contact.profileKey(url.toString())).as("key of [%s]", url).isEqualTo(s);
        }
    }

    @org.junit.jupiter.api.Test
    void isEmail_randomText_sameAsTheRegularExpressionItReplaced() {
        java.util.regex.Pattern email = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+");
        String alphabet = "a@.@ \t\n\u000B\f\r\u00A0é-x";
        java.util.Random random = new java.util.Random(17);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(Contact.isEmail(text)).as("[%s]", text).isEqualTo(email.matcher(text).matches());
        }
        assertThat(Contact.isEmail("a@" + "b".repeat(318))).isTrue();
        assertThat(Contact.isEmail("a@" + "b".repeat(319))).isFalse();
    }
}
