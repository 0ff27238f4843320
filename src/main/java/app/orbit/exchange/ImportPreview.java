package app.orbit.exchange;

import app.orbit.domain.Contact;
import app.orbit.domain.OrbitException;
import java.util.ArrayList;
import java.util.List;

/**
 * What an import will do, computed before anything is written: the people it will add, the
 * people already in Orbit it will complete (with the fields that change), those it skips and why,
 * and warnings about values left out. Hand it back to {@link ImportService#apply} to write it.
 */
public final class ImportPreview {

    /** A contact already in Orbit, before and after the import completes it. */
    public record Merge(Contact existing, Contact merged, Place place, List<String> changedFields) {
    }

    private final ParsedFile parsed;
    private final List<Contact> created;
    /** Where in the file each new person was read, in the order of {@link #created}. */
    private final List<Place> createdAt;
    /** The later rows folded into each new person, in the order of {@link #created}. */
    private final List<List<Place>> createdFolded;
    private final List<Merge> merges;
    private final List<Skip> skipped;
    private final int interactions;
    private final int asks;
    private final boolean restore;
    /**
     * The plan this preview was worked out from, which {@link ImportService#apply} takes again when
     * nothing changed meanwhile; null when people were left out (the plan no longer fits).
     */
    private final ImportMerge.Plan plan;

    ImportPreview(ParsedFile parsed, ImportMerge.Plan plan) {
        this.parsed = parsed;
        this.plan = plan;
        this.created = plan.created.stream().map(e -> e.contact).toList();
        this.createdAt = plan.created.stream().map(e -> e.place).toList();
        this.createdFolded = plan.created.stream().map(e -> List.copyOf(e.folded)).toList();
        this.merges = plan.changedMerges().stream()
                .map(m -> new Merge(m.original, m.merged, m.place, changedFields(m.original, m.merged))).toList();
        List<Skip> all = new ArrayList<>(parsed.skipped());
        all.addAll(plan.skipped);
        all.sort(java.util.Comparator.comparingInt((Skip s) -> s.place().line()).thenComparingInt(s -> s.place()
                .number()));
        this.skipped = List.copyOf(all);
        this.interactions = plan.interactions.size();
        this.asks = plan.newAsks.size();
        this.restore = plan.emptyBefore && parsed.format() == ImportFormat.JSON;
    }

    private ImportPreview(ImportPreview whole, ParsedFile parsed, List<Contact> created, List<Place> createdAt,
            List<List<Place>> createdFolded) {
        this.parsed = parsed;
        this.plan = null;
        this.created = List.copyOf(created);
        this.createdAt = List.copyOf(createdAt);
        this.createdFolded = List.copyOf(createdFolded);
        this.merges = whole.merges;
        this.skipped = whole.skipped;
        this.interactions = whole.interactions;
        this.asks = whole.asks;
        this.restore = whole.restore;
    }

    /**
     * This preview without some of the new people (their positions in {@link #newContacts}), the
     * user having unticked them: applying it does not add them. A backup is taken whole (its
     * interactions may name them), so it cannot leave anyone out.
     */
    public ImportPreview leavingOut(java.util.Set<Integer> positions) {
        if (positions.isEmpty()) {
            return this;
        }
        if (!canLeaveOut()) {
            throw new IllegalStateException("a backup is imported whole");
        }
        java.util.Set<Place> dropped = new java.util.HashSet<>();
        List<Contact> kept = new ArrayList<>();
        List<Place> keptAt = new ArrayList<>();
        List<List<Place>> keptFolded = new ArrayList<>();
        for (int k = 0; k < created.size(); k++) {
            if (positions.contains(k)) {
                // Every row that was this person goes, or a later one would add them after all.
                dropped.add(createdAt.get(k));
                dropped.addAll(createdFolded.get(k));
            } else {
                kept.add(created.get(k));
                keptAt.add(createdAt.get(k));
                keptFolded.add(createdFolded.get(k));
            }
        }
        ParsedFile without = new ParsedFile(parsed.source(), parsed.format(), parsed.candidates().stream()
                .filter(c -> !dropped.contains(c.place())).toList(), parsed.interactions(), parsed.asks(),
                parsed.settings(), parsed.extras(), parsed.skipped(), parsed.warnings());
        return new ImportPreview(this, without, kept, keptAt, keptFolded);
    }

    /** Whether new people may be left out of this import: not of a backup, which is taken whole. */
    public boolean canLeaveOut() {
        return parsed.format() != ImportFormat.JSON;
    }

    ParsedFile parsed() {
        return parsed;
    }

    ImportMerge.Plan plan() {
        return plan;
    }

    public String fileName() {
        return parsed.source().name();
    }

    public ImportFormat format() {
        return parsed.format();
    }

    /**
     * The legacy encoding the file was read in because it is not UTF-8 ("Windows-1252"), or null:
     * the user should see a few decoded names and confirm before applying.
     */
    public String legacyEncoding() {
        java.nio.charset.Charset c = parsed.source().legacyCharset();
        if (c == null) {
            return null;
        }
        return switch (c.name()) {
            case "windows-1252" -> "Windows-1252";
            case "x-MacRoman" -> "MacRoman";
            default -> c.name();
        };
    }

    /** The notice to show before applying when the file was read in a legacy encoding; null otherwise. */
    public OrbitException encodingNotice() {
        String encoding = legacyEncoding();
        if (encoding == null || !parsed.source().guessed()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        created.stream().limit(3).forEach(c -> names.add(c.displayName()));
        merges.stream().limit(3 - names.size()).forEach(m -> names.add(m.merged().displayName()));
        return new OrbitException("import.notice.encoding", fileName(), encoding, String.join(", ", names));
    }

    /** The people the import will add, as drafts. */
    public List<Contact> newContacts() {
        return created;
    }

    /** The people already in Orbit that the import completes. */
    public List<Merge> merges() {
        return merges;
    }

    /** The people (or backup interactions) left out, each with its place and reason. */
    public List<Skip> skipped() {
        return skipped;
    }

    /** Values left out of otherwise imported people (an email Orbit cannot keep…), with their place. */
    public List<OrbitException> warnings() {
        return parsed.warnings();
    }

    public int newCount() {
        return created.size();
    }

    public int mergedCount() {
        return merges.size();
    }

    public int skippedCount() {
        return skipped.size();
    }

    /** Interactions a JSON backup will add. */
    public int interactionCount() {
        return interactions;
    }

    /** Asks a JSON backup will add (those not already in Orbit word for word). */
    public int askCount() {
        return asks;
    }

    /** Whether this is a backup going into an empty Orbit: its settings are restored too. */
    public boolean isRestore() {
        return restore;
    }

    /** Whether applying would change nothing at all. */
    public boolean isEmpty() {
        return created.isEmpty() && merges.isEmpty() && interactions == 0 && asks == 0;
    }

    static List<String> changedFields(Contact a, Contact b) {
        List<String> out = new ArrayList<>();
        check(out, "firstName", a.firstName(), b.firstName());
        check(out, "lastName", a.lastName(), b.lastName());
        check(out, "emails", a.emails(), b.emails());
        check(out, "phones", a.phones(), b.phones());
        check(out, "organisation", a.organisation(), b.organisation());
        check(out, "title", a.title(), b.title());
        check(out, "city", a.city(), b.city());
        check(out, "tags", a.tags(), b.tags());
        check(out, "birthday", a.birthday(), b.birthday());
        check(out, "howWeMet", a.howWeMet(), b.howWeMet());
        check(out, "notes", a.notes(), b.notes());
        check(out, "needs", a.needs(), b.needs());
        check(out, "offers", a.offers(), b.offers());
        check(out, "profileUrl", a.profileUrl(), b.profileUrl());
        check(out, "knownSince", a.knownSince(), b.knownSince());
        return List.copyOf(out);
    }

    private static void check(List<String> out, String field, Object a, Object b) {
        if (!java.util.Objects.equals(a, b)) {
            out.add(field);
        }
    }
}
