package app.orbit.exchange;

import app.orbit.domain.CalendarEvent;
import app.orbit.domain.CalendarSource;
import app.orbit.domain.OrbitException;
import app.orbit.service.CalendarFeed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads calendars from .ics files and subscription addresses. An address is asked with the
 * ETag and Last-Modified of its last answer: a 304 reuses the text kept in memory (never on
 * disk), so a calendar that did not change is neither downloaded nor parsed again... but is
 * read again for the new "now", since events end as time passes.
 */
public final class IcsCalendarFeed implements CalendarFeed {

    /** Larger than a decade of a busy calendar; what is larger is refused rather than read into memory. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    /**
     * Made at the first download: building a client sets up TLS, which looks through every
     * security provider on the class path and so verifies Bouncy Castle's signed jar (about a
     * second at start, for commands and windows that never read an address).
     */
    private HttpClient http;
    private final Duration timeout;
    private final Map<URI, Cached> cache = new ConcurrentHashMap<>();

    /** Text last read from an address, and what the server said to identify it. */
    private record Cached(String etag, String lastModified, String text) {
    }

    /** A feed whose requests give up after {@code timeout} (connecting and answering each). */
    public IcsCalendarFeed(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    /** The window's and the command line's feed: 20 seconds before giving up on an address. */
    public IcsCalendarFeed() {
        this(Duration.ofSeconds(20));
    }

    @Override
    public List<CalendarEvent> read(CalendarSource source, LocalDate from, Instant now, ZoneId zone) {
        String text = source.isAddress() ? download(source) : file(source);
        if (!IcsCalendarReader.looksLikeCalendar(text)) {
            throw new OrbitException("calendar.error.invalid", source.shown());
        }
        try {
            return new IcsCalendarReader(from, now, zone).read(text, source.owner());
        } catch (RuntimeException e) {
            // biweekly is lenient; what still breaks it is no calendar Orbit can read.
            throw new OrbitException(e, "calendar.error.invalid", source.shown());
        }
    }

    private static String file(CalendarSource source) {
        Path path = Path.of(source.location());
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new OrbitException("calendar.error.tooLarge", source.shown(), MAX_BYTES / (1024 * 1024));
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new OrbitException("calendar.error.file.missing", source.shown());
        } catch (MalformedInputException e) {
            throw new OrbitException("calendar.error.invalid", source.shown());
        } catch (IOException e) {
            throw new OrbitException(e, "calendar.error.file.unreadable", source.shown());
        }
    }

    private String download(CalendarSource source) {
        URI uri = source.fetchAddress();
        Cached before = cache.get(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("Accept", "text/calendar, */*;q=0.5");
        if (before != null && before.etag() != null) {
            request.header("If-None-Match", before.etag());
        }
        if (before != null && before.lastModified() != null) {
            request.header("If-Modified-Since", before.lastModified());
        }
        HttpResponse<byte[]> response;
        try {
            response = http().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new OrbitException("calendar.error.timeout", source.shown(), timeout.toSeconds());
        } catch (IOException e) {
            // The exception's message may quote the address: it is not kept.
            throw new OrbitException("calendar.error.unreachable", source.shown());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrbitException("calendar.error.unreachable", source.shown());
        }
        int status = response.statusCode();
        if (status == 304 && before != null) {
            return before.text();
        }
        if (status != 200) {
            throw new OrbitException("calendar.error.http", source.shown(), status);
        }
        if (response.body().length > MAX_BYTES) {
            throw new OrbitException("calendar.error.tooLarge", source.shown(), MAX_BYTES / (1024 * 1024));
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (IcsCalendarReader.looksLikeCalendar(text)) {
            cache.put(uri, new Cached(response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Last-Modified").orElse(null), text));
        }
        return text;
    }
}
