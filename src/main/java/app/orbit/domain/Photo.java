package app.orbit.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * A contact's picture: the image bytes and their media type ("image/jpeg"). Bounded so that a
 * phone's address book full of camera pictures does not fill the database.
 */
public record Photo(String mediaType, byte[] bytes) {

    /** 256 KB: a contact picture is shown at most a few hundred pixels wide; phones keep 10–100 KB. */
    public static final int MAX_BYTES = 256 * 1024;

    public Photo {
        mediaType = Text.clean(mediaType).toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            mediaType = "image/jpeg";
        }
        if (mediaType.length() > 60 || !mediaType.startsWith("image/")) {
            throw new ValidationException("photo", "error.photo.type", mediaType);
        }
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException("photo", "error.photo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ValidationException("photo", "error.photo.tooBig", bytes.length / 1024, MAX_BYTES / 1024);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Photo p && p.mediaType.equals(mediaType) && Arrays.equals(p.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return mediaType.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Photo[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
