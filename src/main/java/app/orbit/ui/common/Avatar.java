package app.orbit.ui.common;

import app.orbit.domain.Photo;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;

/**
 * A person's face in a round frame, or their initials when Orbit has no picture of them: faces are
 * how people recognise people, on a plan card as in a list of suggestions.
 */
public final class Avatar {

    private Avatar() {
    }

    /**
     * Decodes pictures at {@code size} pixels. Call it off the JavaFX thread (a picture is at most
     * 256 KB, scaled as it is read); one that does not decode is left out, and the initials show.
     */
    public static Map<Long, Image> decode(Map<Long, Photo> photos, double size) {
        Map<Long, Image> out = new HashMap<>();
        photos.forEach((id, photo) -> {
            // Twice the size, so the picture stays sharp on a high-density screen.
            Image image = new Image(new ByteArrayInputStream(photo.bytes()), size * 2, size * 2, true, true);
            if (!image.isError()) {
                out.put(id, image);
            }
        });
        return out;
    }

    /** The round picture, or the initials of {@code name} on a tinted disc. */
    public static Node of(String name, Image image, double size) {
        Circle clip = new Circle(size / 2, size / 2, size / 2);
        StackPane frame = new StackPane();
        frame.getStyleClass().add("avatar");
        frame.setMinSize(size, size);
        frame.setPrefSize(size, size);
        frame.setMaxSize(size, size);
        if (image != null) {
            ImageView view = new ImageView(image);
            view.setFitWidth(size);
            view.setFitHeight(size);
            view.setPreserveRatio(false);
            view.setSmooth(true);
            view.setClip(clip);
            frame.getChildren().add(view);
            frame.getStyleClass().add("avatar-photo");
        } else {
            Circle disc = new Circle(size / 2);
            disc.getStyleClass().addAll("avatar-disc", "avatar-tint-" + Math.floorMod(name.hashCode(), 6));
            Label letters = new Label(initials(name));
            letters.getStyleClass().add("avatar-initials");
            letters.setStyle("-fx-font-size: " + Math.round(size * 0.4) + "px;");
            frame.getChildren().addAll(disc, letters);
        }
        frame.setAccessibleText(name);
        return frame;
    }

    /** "Inès Chevalier" → "IC"; "Acme" → "A"; "dr. jean-luc picard" → "JP"; never more than two letters. */
    static String initials(String name) {
        String[] words = Arrays.stream(name.strip().split("[\\s]+"))
                .filter(w -> !w.isEmpty() && Character.isLetterOrDigit(w.codePointAt(0)) && !w.endsWith("."))
                .toArray(String[]::new);
        if (words.length == 0) {
            return name.isBlank() ? "?" : name.strip().substring(0, name.strip().offsetByCodePoints(0, 1))
                    .toUpperCase(Locale.ROOT);
        }
        String first = firstLetter(words[0]);
        return words.length == 1 ? first : first + firstLetter(words[words.length - 1]);
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0))).toUpperCase(Locale.ROOT);
    }
}
