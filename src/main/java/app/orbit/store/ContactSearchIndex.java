package app.orbit.store;

import app.orbit.domain.ContactSummary;
import app.orbit.service.Log;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every contact's summary and folded search text in memory, in the order search returns them,
 * so that a keystroke scans an array instead of the contact table (and the due list finds the
 * overdue cadence overrides without a table scan). Built from the database on
 * first use; after each commit that changed contacts (or their last touch) the changed rows are
 * read back from the database. Readers see an immutable snapshot (copy on write); a search
 * inside a transaction that has changed contacts goes to the database, which sees its writes.
 *
 * <p>A word is looked for in one string holding every search text in order ({@link Corpus}):
 * {@code String.indexOf} runs over it with the JDK's vectorised search and jumps from one match
 * to the next, where testing each contact's text in turn cost 17 ms a keystroke at 100,000
 * contacts for a query matching few of them. The corpus is rebuilt on the first search after a
 * change to a name or a search text; a change that leaves every text where it was (a last touch
 * moved by a logged interaction) keeps it.
 */
final class ContactSearchIndex {

    /** One contact as search needs it; ordered like {@code ORDER BY sort_name, id} (H2 compares strings by code unit). */
    private record Entry(String sortName, long id, String searchText, ContactSummary summary) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::sortName)
            .thenComparingLong(Entry::id);
    /** Above this many changed contacts, rebuilding the array by merge beats moving it once per contact. */
    private static final int MERGE_FROM = 32;
    /** Above this many, reading everything again (on the next search) beats reading the changed rows by id. */
    private static final int REBUILD_FROM = 2_000;

    private static final Log LOG = Log.of(ContactSearchIndex.class);

    private final Store db;
    private final Object lock = new Object();
    private volatile Entry[] sorted;
    /** The corpus of {@link #sorted}'s texts, or null until a search needs it; always read after sorted. */
    private volatile Corpus corpus;
    private final Map<Long, Entry> byId = new HashMap<>();
    /** The ids changed by the current thread's transaction; replaced at the first change of the next one. */
    private final ThreadLocal<Set<Long>> pending = new ThreadLocal<>();

    ContactSearchIndex(Store db) {
        this.db = db;
    }

    /**
     * Whether the index is in memory now. Loading it reads every contact (about a second cold at
     * 30,000): a question that one scan of the table answers, asked once by a command that exits
     * after it, is cheaper asked of the table.
     */
    boolean loaded() {
        return sorted != null;
    }

    /** Whether search may use the index here: not in a transaction that changed contacts. */
    boolean usable() {
        return !db.markedInTransaction(this);
    }

    /**
     * Contacts were written in the current transaction: refresh them once it commits. One refresh
     * per transaction, however many writes (an import of 30,000 contacts is one transaction).
     */
    void changed(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        if (!db.markedInTransaction(this)) {
            Set<Long> batch = new HashSet<>();
            pending.set(batch);
            db.markInTransaction(this);
            db.afterCommit(() -> refresh(List.copyOf(batch)));
        }
        Set<Long> batch = pending.get();
        if (batch != null) {
            batch.addAll(ids);
        }
    }

    /** The contacts the current transaction changed so far (empty when none): what it tells the other clients. */
    Set<Long> changedInTransaction() {
        Set<Long> batch = db.markedInTransaction(this) ? pending.get() : null;
        return batch == null ? Set.of() : batch;
    }

    /** Another client committed changes to these contacts: read them back now (ServerChanges). */
    void refreshChangedElsewhere(List<Long> ids) {
        refresh(ids);
    }

    /** Another client changed more than can be named, or this one missed notices: read everything on the next search. */
    void forget() {
        synchronized (lock) {
            sorted = null;
            byId.clear();
        }
    }

    /** The same contract as the repository's search: every folded word contained, by sort name, at most limit. */
    List<ContactSummary> search(List<String> words, boolean includeArchived, int limit) {
        Entry[] all = snapshot();
        String[] w = words.toArray(new String[0]);
        List<ContactSummary> out = new ArrayList<>(Math.min(Math.max(limit, 0), 256));
        if (w.length == 0) {
            for (int i = 0; i < all.length && out.size() < limit; i++) {
                if (includeArchived || !all[i].summary.archived()) {
                    out.add(all[i].summary);
                }
            }
            return out;
        }
        Corpus c = corpus(all);
        // The longest word is likely the rarest: jump between its matches, test the others on the contact.
        String anchor = Arrays.stream(w).max(Comparator.comparingInt(String::length)).orElseThrow();
        int from = 0;
        while (out.size() < limit) {
            int at = c.text.indexOf(anchor, from);
            if (at < 0) {
                break;
            }
            int i = c.entryAt(at);
            Entry e = all[i];
            if ((includeArchived || !e.summary.archived()) && matches(e.searchText, w)) {
                out.add(e.summary);
            }
            from = c.starts[i + 1];
        }
        return out;
    }

    /**
     * Every search text of a snapshot, in its order, separated by a character folded text never
     * holds; {@code starts[i]} is where entry i begins ({@code starts[n]} the end).
     */
    private record Corpus(Entry[] of, String text, int[] starts) {

        static Corpus of(Entry[] entries) {
            int[] starts = new int[entries.length + 1];
            int length = 0;
            for (Entry e : entries) {
                length += e.searchText.length() + 1;
            }
            StringBuilder sb = new StringBuilder(length);
            for (int i = 0; i < entries.length; i++) {
                starts[i] = sb.length();
                sb.append(entries[i].searchText).append('\0');
            }
            starts[entries.length] = sb.length();
            return new Corpus(entries, sb.toString(), starts);
        }

        /** The entry whose text holds the character at {@code offset}. */
        int entryAt(int offset) {
            int at = Arrays.binarySearch(starts, offset);
            return at >= 0 ? at : -at - 2;
        }
    }

    private Corpus corpus(Entry[] all) {
        Corpus c = corpus;
        if (c != null && c.of == all) {
            return c;
        }
        c = c != null && sameTexts(c.of, all) ? new Corpus(all, c.text, c.starts) : Corpus.of(all);
        synchronized (lock) {
            if (sorted == all) {
                corpus = c;
            }
        }
        return c;
    }

    /**
     * Whether a corpus built for one snapshot serves another: the same texts at the same places
     * (by reference: {@link #apply} keeps the old text object when a refreshed contact's is equal).
     */
    private static boolean sameTexts(Entry[] built, Entry[] now) {
        if (built == now) {
            return true;
        }
        if (built.length != now.length) {
            return false;
        }
        for (int i = 0; i < now.length; i++) {
            if (built[i].searchText != now[i].searchText) {
                return false;
            }
        }
        return true;
    }

    /**
     * Unarchived, reminded contacts with a cadence override, overdue by it on {@code today}: the
     * {@code limit} most overdue (by staleness x circle weight, as the due list ranks) and ties.
     */
    List<ContactSummary> overdueOverrides(LocalDate today, int limit) {
        List<Entry> found = new ArrayList<>();
        for (Entry e : snapshot()) {
            ContactSummary s = e.summary;
            Integer override = s.cadenceOverride();
            if (override == null || s.archived() || !s.circle().isReminded()
                    || s.lastTouch().plusDays(override).isAfter(today)) {
                continue;
            }
            found.add(e);
        }
        if (found.size() <= limit) {
            return found.stream().map(Entry::summary).toList();
        }
        double[] weight = new double[found.size()];
        Integer[] order = new Integer[found.size()];
        for (int i = 0; i < found.size(); i++) {
            ContactSummary s = found.get(i).summary;
            weight[i] = (double) ChronoUnit.DAYS.between(s.lastTouch(), today) * s.circle().weight()
                    / s.cadenceOverride();
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(weight[b], weight[a]));
        double cut = weight[order[limit - 1]];
        List<ContactSummary> out = new ArrayList<>();
        for (Integer i : order) {
            if (weight[i] < cut) {
                break;
            }
            out.add(found.get(i).summary);
        }
        return out;
    }

    private static boolean matches(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private Entry[] snapshot() {
        Entry[] s = sorted;
        if (s != null) {
            return s;
        }
        synchronized (lock) {
            if (sorted == null) {
                List<Entry> all = db.withConnection(conn -> load(conn, null));
                all.forEach(e -> byId.put(e.id, e));
                Entry[] array = all.toArray(new Entry[0]);
                Arrays.sort(array, ORDER);
                sorted = array;
            }
            return sorted;
        }
    }

    /** Reads the changed contacts back; runs after their commit, so it sees them (or their absence). */
    private void refresh(List<Long> ids) {
        synchronized (lock) {
            if (sorted == null) {
                return;
            }
            if (ids.size() >= REBUILD_FROM) {
                sorted = null;
                byId.clear();
                return;
            }
            try {
                apply(ids);
            } catch (RuntimeException e) {
                // The write has committed: never fail it for the index. Rebuild on the next search instead.
                LOG.warn("Search index refresh failed; it will be rebuilt", e);
                sorted = null;
                byId.clear();
            }
        }
    }

    private void apply(List<Long> ids) {
        Map<Long, Entry> fresh = new HashMap<>();
        for (Entry e : db.withConnection(conn -> load(conn, ids))) {
            Entry old = byId.get(e.id);
            // Same name and text (a last touch moved): keep the old strings, so the entry keeps its
            // place and the search corpus stays valid.
            boolean sameText = old != null && old.sortName.equals(e.sortName) && old.searchText.equals(e.searchText);
            fresh.put(e.id, sameText ? new Entry(old.sortName, e.id, old.searchText, e.summary) : e);
        }
        Entry[] current = sorted;
        if (ids.size() >= MERGE_FROM) {
            sorted = merge(current, new HashSet<>(ids), fresh.values());
        } else {
            for (Long id : ids) {
                Entry old = byId.get(id);
                Entry e = fresh.get(id);
                if (old != null && e != null && old.searchText == e.searchText) {
                    current = replace(current, old, e);
                    continue;
                }
                current = remove(current, old);
                if (e != null) {
                    current = insert(current, e);
                }
            }
            sorted = current;
        }
        for (Long id : ids) {
            Entry e = fresh.get(id);
            if (e == null) {
                byId.remove(id);
            } else {
                byId.put(id, e);
            }
        }
    }

    /** The same place (same sort name and id), a new summary. */
    private static Entry[] replace(Entry[] in, Entry old, Entry e) {
        int at = Arrays.binarySearch(in, old, ORDER);
        if (at < 0) {
            return insert(in, e);
        }
        Entry[] out = in.clone();
        out[at] = e;
        return out;
    }

    private static Entry[] remove(Entry[] from, Entry old) {
        if (old == null) {
            return from;
        }
        int at = Arrays.binarySearch(from, old, ORDER);
        if (at < 0) {
            return from;
        }
        Entry[] out = new Entry[from.length - 1];
        System.arraycopy(from, 0, out, 0, at);
        System.arraycopy(from, at + 1, out, at, from.length - at - 1);
        return out;
    }

    private static Entry[] insert(Entry[] into, Entry e) {
        int at = Arrays.binarySearch(into, e, ORDER);
        int pos = at >= 0 ? at : -at - 1;
        Entry[] out = new Entry[into.length + 1];
        System.arraycopy(into, 0, out, 0, pos);
        out[pos] = e;
        System.arraycopy(into, pos, out, pos + 1, into.length - pos);
        return out;
    }

    private static Entry[] merge(Entry[] current, Set<Long> changed, Collection<Entry> fresh) {
        Entry[] added = fresh.toArray(new Entry[0]);
        Arrays.sort(added, ORDER);
        List<Entry> out = new ArrayList<>(current.length + added.length);
        int j = 0;
        for (Entry e : current) {
            if (changed.contains(e.id)) {
                continue;
            }
            while (j < added.length && ORDER.compare(added[j], e) < 0) {
                out.add(added[j++]);
            }
            out.add(e);
        }
        while (j < added.length) {
            out.add(added[j++]);
        }
        return out.toArray(new Entry[0]);
    }

    private List<Entry> load(Connection conn, Collection<Long> ids) throws SQLException {
        // A joined table, not "= ANY(?)": see JdbcContactRepository, an import refreshes 30,000 ids at once.
        Dialect dialect = db.dialect();
        String sql = "SELECT " + ContactRows.INDEXED + " FROM contact"
                + (ids == null ? "" : " JOIN " + dialect.ids("w", "wanted") + " ON id = w.wanted");
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            if (ids != null) {
                Jdbc.setIds(ps, 1, ids);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ContactSummary s = ContactRows.summary(rs);
                    out.add(new Entry(rs.getString("sort_name"), s.id(), rs.getString("search_text"), s));
                }
            }
        }
        return out;
    }
}
