package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Photo;
import app.orbit.service.PlanLine;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Faces on the plan's cards and in the picker's suggestions (issue 15): the picture, or the initials. */
class AvatarJourneyTest extends OrbitUiTest {

    private long withPhoto;
    private long without;
    private String name;

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
        List<PlanLine> lines = orbit.planner().thisWeek().visible();
        ContactSummary first = lines.get(0).contact();
        withPhoto = first.id();
        name = first.displayName();
        without = lines.get(1).contact().id();
        orbit.contacts().update(orbit.contacts().get(withPhoto).toBuilder().photo(new Photo("image/png", png()))
                .build());
    }

    /** A 64-pixel orange square, as a phone's address book would hold a face. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 64; y++) {
                image.setRGB(x, y, 0xFF8800);
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void planCard_showsTheFace_orTheInitials() {
        await(() -> showing("#weekView") && lookup("#entry-" + withPhoto).tryQuery().isPresent());

        Node card = lookup("#entry-" + withPhoto).query();
        ImageView face = from(card).lookup(".avatar-photo > .image-view").query();
        assertThat(face.getImage().isError()).isFalse();
        assertThat(face.getImage().getWidth()).isEqualTo(80);
        Node other = lookup("#entry-" + without).query();
        assertThat(from(other).lookup(".avatar-photo").tryQuery()).isEmpty();
        Label initials = from(other).lookup(".avatar-initials").query();
        assertThat(initials.getText()).matches("\\p{Lu}{1,2}");
    }

    @Test
    void pickerSuggestion_showsTheFace() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> showing("#logDialog"));

        clickOn("#participantSearch").write(name.substring(0, name.indexOf(' ')));

        await(() -> lookup(".picker-name").queryAll().stream().anyMatch(n -> n.isVisible()
                && name.equals(((Label) n).getText()) && n.getParent().getParent().lookup(".avatar-photo") != null));
    }
}
