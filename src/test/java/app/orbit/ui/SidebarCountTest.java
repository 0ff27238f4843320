package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SidebarCountTest {

    @Test
    void countText_groupsThousandsAsTheScreensMessagesDo() {
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH}) {
            String heading = new MessageFormat("{0,number,integer}", locale).format(new Object[] {30_000});
            assertThat(Sidebar.countText(30_000, locale)).as("%s", locale).isEqualTo(heading);
        }
        assertThat(Sidebar.countText(30_000, Locale.ENGLISH)).isEqualTo("30,000");
        assertThat(Sidebar.countText(30_000, Locale.FRENCH)).isNotEqualTo("30000").matches("30\\s?.000|30\\u202F000");
        assertThat(Sidebar.countText(5, Locale.FRENCH)).isEqualTo("5");
    }
}
