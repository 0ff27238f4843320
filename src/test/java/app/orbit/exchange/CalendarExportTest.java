package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the calendar export lets into an iCalendar TEXT value. */
class CalendarExportTest {

    @Test
    void text_controlCharactersRfc5545Forbids_areLeftOut_tabAndLineBreaksKept() {
        assertThat(CalendarExport.text("a\u0000b\u0007c\u001B[31md\u007Fe\u0008f\u000Bg\u000Ch\u001Fi"))
                .isEqualTo("abc[31mdefghi");
        assertThat(CalendarExport.text("tab\tLF\nCRLF\r\nCR\r U+0085\u0085 \u202E\uD83D\uDE00"))
                .isEqualTo("tab\tLF\nCRLF\r\nCR\r U+0085\u0085 \u202E\uD83D\uDE00");
        String plain = "Reconnect with Zoé";
        assertThat(CalendarExport.text(plain)).isSameAs(plain);
    }
}
