package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.CalendarSource;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Proposal;
import app.orbit.service.Messages;
import app.orbit.testing.ContactBuilder;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A subscription address served by a local JDK HttpServer: conditional requests honoured, errors
 * reported naming the source (masked) and leaving what was proposed alone; never twice.
 */
@FreshOrbit
class CalendarSubscriptionTest {

    private static final String SECRET_PATH = "/calendar/ical/alice%40example.com/private-5f3a9c0b7e/basic.ics";

    private Orbit orbit;
    private HttpServer server;
    private final List<String> answered = new CopyOnWriteArrayList<>();
    private final List<String> conditions = new CopyOnWriteArrayList<>();
    private volatile String mode = "ok";
    private volatile byte[] body;
    private String address;
    private long bob;
    private long chloe;

    @BeforeEach
    void setUp(Orbit fresh) throws IOException {
        orbit = fresh;
        bob = orbit.contacts().create(ContactBuilder.person("Bob", "Tanner").emails(List.of("bob@example.com"))
                .build()).id();
        chloe = orbit.contacts().create(ContactBuilder.person("Chloé", "Durand")
                .emails(List.of("chloe@example.org")).build()).id();
        try (InputStream in = getClass().getResourceAsStream("/calendar/google.ics")) {
            body = in.readAllBytes();
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        address = "http://127.0.0.1:" + server.getAddress().getPort() + SECRET_PATH;
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
        orbit.close();
    }

    private static final String ETAG = "\"v1-93f2\"";
    private static final String LAST_MODIFIED = "Wed, 25 Nov 2026 18:00:00 GMT";

    private void answer(HttpExchange ex) throws IOException {
        String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
        String ifModifiedSince = ex.getRequestHeaders().getFirst("If-Modified-Since");
        conditions.add(ifNoneMatch + " | " + ifModifiedSince);
        switch (mode) {
            case "404" -> send(ex, 404, "Not Found".getBytes(StandardCharsets.UTF_8));
            case "slow" -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, body);
            }
            case "invalid" -> send(ex, 200, "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8));
            case "lastModifiedOnly" -> {
                if (LAST_MODIFIED.equals(ifModifiedSince)) {
                    send(ex, 304, null);
                } else {
                    ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                    send(ex, 200, body);
                }
            }
            default -> {
                if (ETAG.equals(ifNoneMatch)) {
                    send(ex, 304, null);
                } else {
                    ex.getResponseHeaders().add("ETag", ETAG);
                    ex.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
                    send(ex, 200, body);
                }
            }
        }
    }

    private void send(HttpExchange ex, int status, byte[] bytes) throws IOException {
        answered.add(String.valueOf(status));
        ex.getResponseHeaders().add("Content-Type", "text/calendar; charset=UTF-8");
        ex.sendResponseHeaders(status, bytes == null ? -1 : bytes.length);
        if (bytes != null) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
        ex.close();
    }

    @Test
    void secondRead_withETag_gets304AndProposesTheSame() {
        orbit.calendar().add(address, "");
        List<Proposal> first = orbit.calendar().refresh();
        List<Proposal> second = orbit.calendar().refresh();

        assertThat(answered).containsExactly("200", "304");
        assertThat(conditions.get(1)).isEqualTo(ETAG + " | " + LAST_MODIFIED);
        assertThat(first).hasSize(5);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void secondRead_withLastModifiedOnly_gets304() {
        mode = "lastModifiedOnly";
        orbit.calendar().add(address, "");
        orbit.calendar().refresh();
        List<Proposal> second = orbit.calendar().refresh();

        assertThat(answered).containsExactly("200", "304");
        assertThat(second).hasSize(5);
    }

    @Test
    void notFound_isReportedNamingTheSourceMasked_andProposalsStay() {
        CalendarSource s = orbit.calendar().add(address, "");
        List<Proposal> before = orbit.calendar().refresh();
        mode = "404";

        List<Proposal> after = orbit.calendar().refresh();

        assertThat(after).isEqualTo(before).hasSize(5);
        assertThat(orbit.calendar().problems()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("calendar.error.http");
            String text = new Messages(Locale.ENGLISH).describe(e);
            assertThat(text).contains("http://127.0.0.1/…").contains("404").doesNotContain("private-5f3a9c0b7e");
        });
        assertThat(s.shown()).isEqualTo("http://127.0.0.1/…");
        assertThat(s.toString()).doesNotContain("private");
    }

    @Test
    void invalidCalendar_isReportedClearly_andProposalsStay() {
        orbit.calendar().add(address, "");
        List<Proposal> before = orbit.calendar().refresh();
        mode = "invalid";

        List<Proposal> after = orbit.calendar().refresh();

        assertThat(after).isEqualTo(before);
        assertThat(orbit.calendar().problems()).extracting(OrbitException::key)
                .containsExactly("calendar.error.invalid");
        assertThat(new Messages(Locale.FRENCH).describe(orbit.calendar().problems().get(0)))
                .contains("http://127.0.0.1/…");
    }

    @Test
    void slowServer_timesOutWithAClearMessage() {
        mode = "slow";
        IcsCalendarFeed feed = new IcsCalendarFeed(Duration.ofMillis(500));
        CalendarSource s = new CalendarSource(1L, address, "", Instant.EPOCH);

        assertThatThrownBy(() -> feed.read(s, TestOrbit.TODAY.minusDays(30),
                TestOrbit.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .isInstanceOfSatisfying(OrbitException.class, e -> {
                    assertThat(e.key()).isEqualTo("calendar.error.timeout");
                    assertThat(new Messages(Locale.ENGLISH).describe(e)).contains("http://127.0.0.1/…")
                            .doesNotContain("private");
                });
    }

    @Test
    void accepted_thenReadAgain_proposesNothingNew_andLogsTheMeeting() {
        orbit.calendar().add(address, "");
        List<Proposal> first = orbit.calendar().refresh();
        Proposal lunch = first.stream().filter(p -> p.title().equals("Déjeuner Chloé")).findFirst().orElseThrow();

        Interaction logged = orbit.calendar().accept(lunch.id());

        assertThat(logged.date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(logged.kind()).isEqualTo(InteractionKind.MEETING);
        assertThat(logged.summary()).isEqualTo("Déjeuner Chloé");
        assertThat(logged.participantIds()).containsExactly(chloe);
        assertThat(orbit.contacts().get(chloe).lastTouch()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(orbit.calendar().proposals()).hasSize(4);
        List<Proposal> again = orbit.calendar().refresh();
        assertThat(again).hasSize(4).noneMatch(p -> p.id().equals(lunch.id()));
        assertThatThrownBy(() -> orbit.calendar().accept(lunch.id())).isInstanceOf(OrbitException.class);
        assertThat(orbit.interactions().timeline(chloe)).hasSize(1);
    }

    @Test
    void dismissed_thenReadAgainAfterAReopen_proposesNothing() {
        orbit.calendar().add(address, "");
        List<Proposal> first = orbit.calendar().refresh();
        first.forEach(p -> orbit.calendar().dismiss(p.id()));
        orbit = TestOrbit.reopen(orbit, TestOrbit.TODAY);

        assertThat(orbit.calendar().refresh()).isEmpty();
        assertThat(orbit.interactions().timeline(bob)).isEmpty();
    }

    @Test
    void unknownPeople_addedInOneStep_arriveNotSortedAndJoinTheProposal() {
        orbit.calendar().add(address, "");
        orbit.calendar().refresh();
        assertThat(orbit.calendar().unknownPeople()).hasSize(1);

        int added = orbit.calendar().addUnknownPeople();

        assertThat(added).isEqualTo(1);
        assertThat(orbit.contacts().unsorted()).singleElement().satisfies(u -> assertThat(u.firstName() + " " + u.lastName())
                .isEqualTo("Dan Smith"));
        Contact dan = orbit.contacts().search("dan smith", false, 5).stream().findFirst()
                .map(c -> orbit.contacts().get(c.id())).orElseThrow();
        assertThat(dan.emails()).containsExactly("dan@startup.io");
        assertThat(dan.knownSince()).isEqualTo(LocalDate.of(2026, 11, 20));
        Proposal lunch = orbit.calendar().proposals().stream().filter(p -> p.title().equals("Déjeuner Chloé"))
                .findFirst().orElseThrow();
        assertThat(lunch.contactIds()).containsExactlyInAnyOrder(chloe, dan.id());
        assertThat(lunch.unknown()).isEmpty();
        assertThat(orbit.calendar().unknownPeople()).isEmpty();
    }
}
