package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbit FILE.vcf} (a vCard opened with Orbit from a file manager): the window opens on its import preview. */
class OpenVCardJourneyTest extends OrbitUiTest {

    @TempDir
    static Path files;

    @Override
    List<Path> imports() {
        try {
            Path card = files.resolve("Cécile.vcf");
            Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cécile Durand\r\nN:Durand;Cécile;;;\r\n"
                    + "EMAIL:cecile@example.org\r\nORG:Atelier Nord\r\nEND:VCARD\r\n", StandardCharsets.UTF_8);
            return List.of(card);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void launchWithAVCard_showsItsImportPreview_andImportsItOnConfirm() {
        await(() -> showing("#importConfirm") && "1".equals(text("#importNew")));

        assertThat(text("#importSkipped")).isEqualTo("0");
        assertThat(orbit().contacts().count()).isZero();
        clickOn("#importConfirm");
        await(() -> orbit().contacts().count() == 1);
        assertThat(orbit().contacts().search("cecile", false, 10)).singleElement()
                .satisfies(c -> assertThat(c.displayName()).isEqualTo("Cécile Durand"));
    }
}
