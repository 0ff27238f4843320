package app.orbit.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A calendar Orbit reads meetings from: an {@code .ics} file's path, or a subscription address
 * (the "secret address in iCal format"). The address is a secret: {@link #shown()} masks it, and
 * {@link #toString()} never prints it. {@code owner} is the calendar owner's email when the user
 * gave it (how Orbit knows which attendee is the user), else empty.
 */
public record CalendarSource(Long id, String location, String owner, Instant addedAt) {

    public static final int MAX_LOCATION = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    public CalendarSource {
        location = Text.clean(location);
        if (location.isEmpty()) {
            throw new ValidationException("location", "calendar.error.location.required");
        }
        if (location.length() > MAX_LOCATION) {
            throw new ValidationException("location", "error.tooLong", MAX_LOCATION);
        }
        if (isAddress(location)) {
            URI uri = uri(location);
            if (uri == null || uri.getHost() == null || uri.getHost().isBlank()) {
                throw new ValidationException("location", "calendar.error.address.invalid", mask(location));
            }
        }
        owner = Text.clean(owner).toLowerCase(Locale.ROOT);
        if (!owner.isEmpty() && !EMAIL.matcher(owner).matches()) {
            throw new ValidationException("owner", "error.contact.email.invalid", owner);
        }
    }

    /** Whether this is a subscription address rather than a file. */
    public boolean isAddress() {
        return isAddress(location);
    }

    /** Whether text is a subscription address (http, https or webcal) rather than a file's path. */
    public static boolean isAddress(String location) {
        String s = location == null ? "" : location.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("https://") || s.startsWith("http://") || s.startsWith("webcal://")
                || s.startsWith("webcals://");
    }

    /** The address to fetch: webcal is HTTP by another name (Apple and Google hand out webcal:// links). */
    public URI fetchAddress() {
        String s = location;
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("webcals://")) {
            s = "https://" + s.substring("webcals://".length());
        } else if (lower.startsWith("webcal://")) {
            s = "https://" + s.substring("webcal://".length());
        }
        return uri(s);
    }

    /** What lists and messages show: a file's path, or an address as scheme and host only ("https://calendar.google.com/…"). */
    public String shown() {
        return isAddress() ? mask(location) : location;
    }

    /** An address masked to its scheme and host: the path and query hold the secret. */
    public static String mask(String address) {
        URI uri = uri(address);
        if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
            return "…";
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + "/…";
    }

    private static URI uri(String s) {
        try {
            return new URI(s.strip().replace(" ", "%20"));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "CalendarSource[" + id + ", " + shown() + "]";
    }
}
