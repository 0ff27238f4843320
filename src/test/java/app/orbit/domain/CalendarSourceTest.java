package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A calendar source: a file or an address, the address a secret shown masked. */
class CalendarSourceTest {

    private static CalendarSource source(String location) {
        return new CalendarSource(1L, location, "", Instant.EPOCH);
    }

    @Test
    void shown_address_keepsOnlySchemeAndHost() {
        CalendarSource s = source("https://calendar.google.com/calendar/ical/me%40x.com/private-abc123/basic.ics");

        assertThat(s.isAddress()).isTrue();
        assertThat(s.shown()).isEqualTo("https://calendar.google.com/…");
        assertThat(s.toString()).doesNotContain("private-abc123");
    }

    @Test
    void fetchAddress_webcal_isHttps() {
        CalendarSource s = source("webcal://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5");

        assertThat(s.fetchAddress().toString()).isEqualTo("https://p42-caldav.icloud.com/published/2/MTIzNDU2Nzg5");
        assertThat(s.shown()).isEqualTo("webcal://p42-caldav.icloud.com/…");
    }

    @Test
    void shown_file_isItsPath() {
        CalendarSource s = source("/home/me/Calendar.ics");

        assertThat(s.isAddress()).isFalse();
        assertThat(s.shown()).isEqualTo("/home/me/Calendar.ics");
    }

    @Test
    void constructor_addressWithoutHost_isRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> source("https:///private-abc123"))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.key()).isEqualTo("calendar.error.address.invalid");
                    assertThat(e.args()).noneMatch(a -> String.valueOf(a).contains("private"));
                });
    }

    @Test
    void constructor_blankOrBadOwner_isRefused() {
        assertThatThrownBy(() -> source("  ")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("location"));
        assertThatThrownBy(() -> new CalendarSource(null, "/a.ics", "not an email", Instant.EPOCH))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("owner"));
        assertThat(new CalendarSource(null, "/a.ics", " Me@Example.com ", Instant.EPOCH).owner())
                .isEqualTo("me@example.com");
    }
}
