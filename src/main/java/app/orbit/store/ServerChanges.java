package app.orbit.store;

import app.orbit.service.Log;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates between clients of one PostgreSQL database (issue 13). Each writing transaction
 * announces itself on the channel {@value #CHANNEL} ({@link #announce}); PostgreSQL delivers the
 * notice only if the transaction commits. A listener thread of each client, on a connection of its
 * own, reads the others' notices, refreshes the changed contacts in the search index and tells the
 * client's screens. After a dropped connection it reconnects and reloads everything, since notices
 * sent meanwhile are lost.
 *
 * <p>A notice is {@code "<client> <ids>"}: the sending client's random id, then the changed
 * contacts' ids separated by commas, {@code *} for "reload them all" (too many for one notice:
 * PostgreSQL caps a payload at 8,000 bytes), or nothing when the write touched no contact (a plan,
 * an ask).
 */
final class ServerChanges implements AutoCloseable {

    static final String CHANNEL = "orbit_changes";
    static final String ALL = "*";
    /** Under PostgreSQL's 8,000-byte cap with room for the client id. */
    private static final int MAX_IDS_CHARS = 7_000;
    /** How long one wait for notices lasts: also how soon closing is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** A silent connection is checked this often: a server that went away does not always say so. */
    private static final long CHECK_EVERY_NANOS = 10_000_000_000L;
    private static final long MAX_RETRY_MILLIS = 30_000;
    /** Sends the notice only when the transaction wrote something (PostgreSQL gave it a transaction id). */
    private static final String NOTIFY = "SELECT pg_notify('" + CHANNEL + "', ?) WHERE pg_current_xact_id_if_assigned() IS NOT NULL";

    private static final Log LOG = Log.of(ServerChanges.class);

    private final String client = UUID.randomUUID().toString().substring(0, 13);
    private final DataSource source;
    private final ContactSearchIndex index;
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong ownIgnored = new AtomicLong();
    private volatile Runnable onChange = () -> { };
    private volatile Thread listener;
    private volatile boolean closed;
    private volatile int backendPid;

    ServerChanges(DataSource source, ContactSearchIndex index) {
        this.source = source;
        this.index = index;
    }

    /**
     * Called just before a transaction commits, on its connection: announces it to the other
     * clients if it wrote anything. Costs one round trip per transaction, a read-only one included.
     */
    void announce(Connection c, Collection<Long> contactIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(NOTIFY)) {
            ps.setString(1, client + " " + ids(contactIds));
            ps.execute();
        }
    }

    private static String ids(Collection<Long> contactIds) {
        StringBuilder sb = new StringBuilder();
        for (Long id : contactIds) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(id);
            if (sb.length() > MAX_IDS_CHARS) {
                return ALL;
            }
        }
        return sb.toString();
    }

    /** Starts listening for the other clients' writes; {@code onChange} runs on the listener thread after the index caught up. */
    synchronized void listen(Runnable onChange) {
        this.onChange = onChange;
        if (listener != null || closed) {
            return;
        }
        Thread t = new Thread(this::run, "orbit-server-changes");
        t.setDaemon(true);
        listener = t;
        t.start();
    }

    private void run() {
        long retry = 500;
        boolean first = true;
        while (!closed) {
            try (Connection c = source.getConnection()) {
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + CHANNEL);
                    try (var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                        rs.next();
                        backendPid = rs.getInt(1);
                    }
                }
                if (!first) {
                    // Notices sent while this client was not listening are gone: read everything again.
                    LOG.info("Listening to the server's changes again");
                    index.forget();
                    applied.incrementAndGet();
                    tell();
                }
                first = false;
                retry = 500;
                follow(c);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    break;
                }
                LOG.warn("Lost the server's change notices, retrying in {} ms: {}", retry, e.getMessage());
                pause(retry);
                retry = Math.min(retry * 2, MAX_RETRY_MILLIS);
            }
        }
    }

    private void follow(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long checked = System.nanoTime();
        while (!closed) {
            PGNotification[] notices = pg.getNotifications(WAIT_MILLIS);
            if (notices != null && notices.length > 0) {
                handle(notices);
                checked = System.nanoTime();
            } else if (System.nanoTime() - checked > CHECK_EVERY_NANOS) {
                if (!c.isValid(5)) {
                    throw new SQLException("the connection to the server is no longer valid");
                }
                checked = System.nanoTime();
            }
        }
    }

    private void handle(PGNotification[] notices) {
        Set<Long> ids = new HashSet<>();
        boolean all = false;
        boolean any = false;
        for (PGNotification n : notices) {
            String payload = n.getParameter();
            int space = payload.indexOf(' ');
            String from = space < 0 ? payload : payload.substring(0, space);
            if (from.equals(client)) {
                ownIgnored.incrementAndGet();
                continue;
            }
            any = true;
            String rest = space < 0 ? "" : payload.substring(space + 1);
            if (rest.equals(ALL)) {
                all = true;
            } else if (!rest.isEmpty()) {
                try {
                    for (String id : rest.split(",")) {
                        ids.add(Long.parseLong(id));
                    }
                } catch (NumberFormatException e) {
                    LOG.warn("A change notice held no contact ids; reloading every contact");
                    all = true;
                }
            }
        }
        if (!any) {
            return;
        }
        if (all) {
            index.forget();
        } else if (!ids.isEmpty()) {
            index.refreshChangedElsewhere(new ArrayList<>(ids));
        }
        applied.incrementAndGet();
        tell();
    }

    private void tell() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("A listener of the server's changes failed", e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This client's id in the notices it sends. */
    String client() {
        return client;
    }

    /** How many batches of other clients' notices were applied (tests). */
    long applied() {
        return applied.get();
    }

    /** How many of this client's own notices came back and were ignored (tests). */
    long ownIgnored() {
        return ownIgnored.get();
    }

    /** The server process of the listening connection, 0 before it connected (tests drop it). */
    int backendPid() {
        return backendPid;
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = listener;
        }
        if (t != null) {
            try {
                t.join(WAIT_MILLIS * 4L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
