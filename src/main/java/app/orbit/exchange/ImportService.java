package app.orbit.exchange;

import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.service.AskRepository;
import app.orbit.service.ChangeNotifier;
import app.orbit.service.ContactRepository;
import app.orbit.service.InteractionRepository;
import app.orbit.service.IntroductionRepository;
import app.orbit.service.Log;
import app.orbit.service.PlanRepository;
import app.orbit.service.Messages;
import app.orbit.service.SettingsRepository;
import app.orbit.service.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Imports a file in two steps: {@link #preview} reads and checks all of it and says what would
 * happen, writing nothing; {@link #apply} writes it in one transaction, all or nothing. A JSON
 * backup imported into an empty Orbit is a restore: its settings and timestamps come back as they were.
 */
public final class ImportService {

    private static final Log LOG = Log.of(ImportService.class);
    /** At most this many rows per batch; cancellation and progress are checked between batches. */
    private static final int MAX_BATCH = 1_000;

    private final ContactRepository contacts;
    private final InteractionRepository interactions;
    private final SettingsRepository settings;
    private final AskRepository asks;
    private final PlanRepository plans;
    private final IntroductionRepository introductions;
    private final Runnable settingsRestored;
    private final Transactions transactions;
    private final ChangeNotifier notifier;
    private final Supplier<Messages> messages;
    private final Clock clock;
    private final long maxBytes;

    public ImportService(ContactRepository contacts, InteractionRepository interactions, SettingsRepository settings,
            AskRepository asks, PlanRepository plans, IntroductionRepository introductions, Runnable settingsRestored, Transactions transactions, ChangeNotifier notifier, Supplier<Messages> messages,
            Clock clock, long maxBytes) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.settings = settings;
        this.asks = asks;
        this.plans = plans;
        this.introductions = introductions;
        this.settingsRestored = settingsRestored;
        this.transactions = transactions;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * Reads and checks a whole file and works out what importing it would do; writes nothing.
     *
     * @param format the format, or null to recognise it from the content
     * @throws app.orbit.domain.OrbitException naming the file and the line or card for bad input
     * @throws ImportCancelledException when {@code progress} says the user cancelled
     */
    public ImportPreview preview(Path file, ImportFormat format, Progress progress) {
        return preview(SourceText.read(file, maxBytes), format, progress);
    }

    /** The same, with the file decoded from {@code encoding} (the user named it; null: as the file says or seems). */
    public ImportPreview preview(Path file, ImportFormat format, java.nio.charset.Charset encoding, Progress progress) {
        return preview(SourceText.read(file, maxBytes, encoding), format, progress);
    }

    /** The same, for text already read (tests, drag-and-drop). */
    public ImportPreview preview(SourceText source, ImportFormat format, Progress progress) {
        return preview(parse(source, format == null ? ImportFormat.detect(source) : format, messages.get(), progress),
                progress);
    }

    /**
     * A file read and parsed before Orbit opened, without the database: the command line reads it
     * on a thread of its own while the database opens, which for a new one takes 0.4 s
     * (docs/benchmarks.md). What a reader writes in the user's language (LinkedIn's "how we
     * met") is written in the language it was read in.
     */
    public static final class ReadAhead {
        private final ParsedFile parsed;
        private final java.util.Locale locale;

        private ReadAhead(ParsedFile parsed, java.util.Locale locale) {
            this.parsed = parsed;
            this.locale = locale;
        }
    }

    /**
     * Reads and parses a file as {@link #preview(Path, ImportFormat, java.nio.charset.Charset, Progress)}
     * does, with Orbit's size limit, in {@code messages}' language; writes nothing, reads no database.
     *
     * @throws app.orbit.domain.OrbitException as {@code preview} does, for the file's own faults
     */
    public static ReadAhead readAhead(Path file, ImportFormat format, java.nio.charset.Charset encoding,
            Messages messages) {
        SourceText source = SourceText.read(file, SourceText.DEFAULT_MAX_BYTES, encoding);
        return new ReadAhead(parse(source, format == null ? ImportFormat.detect(source) : format, messages,
                Progress.NONE), messages.locale());
    }

    /** The preview of a file {@link #readAhead read ahead}: parsed again only when Orbit speaks another language. */
    public ImportPreview preview(ReadAhead ahead, Progress progress) {
        Messages now = messages.get();
        ParsedFile parsed = ahead.locale.equals(now.locale()) ? ahead.parsed
                : parse(ahead.parsed.source(), ahead.parsed.format(), now, progress);
        return preview(parsed, progress);
    }

    private ImportPreview preview(ParsedFile parsed, Progress progress) {
        ImportMerge.Plan plan = new ImportMerge(contacts, interactions, asks, phoneNumbers()).plan(parsed, progress);
        ImportPreview preview = new ImportPreview(parsed, plan);
        LOG.info("Import preview of a {} file: {} new, {} merged, {} skipped", preview.format(), preview.newCount(),
                preview.mergedCount(), preview.skippedCount());
        return preview;
    }

    private static ParsedFile parse(SourceText source, ImportFormat format, Messages messages, Progress progress) {
        return switch (format) {
            case LINKEDIN -> new LinkedInCsvReader(messages).read(source, progress);
            case GOOGLE -> new GoogleCsvReader().read(source, progress);
            case OUTLOOK, THUNDERBIRD -> new DesktopCsvReader(messages, format).read(source, progress);
            case VCARD -> new VCardFileReader(messages).read(source, progress);
            case JSON -> JsonBackup.read(source, progress);
        };
    }

    /**
     * Writes a previewed import in one transaction. The matching is done again inside it, so a
     * contact edited since the preview is completed, not overwritten. On any error or a cancel,
     * nothing is written.
     */
    public ImportResult apply(ImportPreview preview, Progress progress) {
        // Into an empty Orbit the store may write a new file and swap it in (Transactions.fill):
        // last touches, which read every participant row, wait for its indexes.
        ImportResult result = transactions.fill(() -> write(preview, progress), written -> {
            interactions.settleAfterImport(written.touched());
            notifier.changed();
        }).result();
        // One large transaction leaves the file many times its data (1.5 GB for a 60 MB network):
        // H2 rewrites pages it changed at every chunk and writes only at the end of the file.
        transactions.compactIfWasteful();
        LOG.info("Imported a {} file: {} new, {} merged, {} interactions", preview.format(), result.created(),
                result.merged(), result.interactions());
        if (preview.isRestore() && !preview.parsed().settings().isEmpty()) {
            settingsRestored.run();
        }
        return result;
    }

    /** Plans, snoozes and introductions come back only with a restore: they make sense only whole. */
    private void restoreExtras(BackupDtos.Extras extras, ImportMerge.Plan plan, Map<ImportMerge.NewEntry, Long> ids,
            Map<Long, Long> interactionIds) {
        java.util.function.LongUnaryOperator contact = source -> {
            Object t = plan.bySourceId.get(source);
            return t instanceof ImportMerge.NewEntry n ? ids.get(n) : (Long) t;
        };
        for (BackupDtos.PlanDto p : extras.plans()) {
            app.orbit.domain.WeekPlan stored = plans.create(app.orbit.domain.IsoWeek.parse(p.week()), p.owner(),
                    p.generatedOn(), p.generatedBy());
            List<app.orbit.domain.PlanEntry> entries = new ArrayList<>();
            for (BackupDtos.PlanEntryDto e : p.entries() == null ? List.<BackupDtos.PlanEntryDto>of() : p.entries()) {
                entries.add(e.toDomain(contact.applyAsLong(e.contact()),
                        e.otherContact() == null ? null : contact.applyAsLong(e.otherContact())));
            }
            plans.addEntries(stored.id(), entries);
        }
        for (BackupDtos.SnoozeDto s : extras.snoozes()) {
            plans.snooze(contact.applyAsLong(s.contact()), s.until());
        }
        for (BackupDtos.IntroductionDto i : extras.introductions()) {
            introductions.record(app.orbit.domain.IntroductionPair.of(contact.applyAsLong(i.first()),
                    contact.applyAsLong(i.second())), i.on(),
                    i.interaction() == null ? null : interactionIds.get(i.interaction()));
        }
        for (BackupDtos.VerdictDto v : extras.verdicts()) {
            introductions.decide(JsonBackup.verdict(v, contact.applyAsLong(v.needer()), contact.applyAsLong(v.offerer())));
        }
    }

    /** About a hundredth of the rows per batch: progress moves by the percent and a cancel is heard soon. */
    private static int batchSize(int rows) {
        return Math.max(1, Math.min(MAX_BATCH, rows / 100));
    }

    /** What the rows part of an import wrote, and the contacts whose last touch it left to work out. */
    private record Written(ImportResult result, java.util.Set<Long> touched) {
    }

    private Written write(ImportPreview preview, Progress progress) {
        ParsedFile parsed = preview.parsed();
        // Into an Orbit still empty, the preview's plan (matching then depended on the file alone).
        ImportMerge.Plan plan = new ImportMerge(contacts, interactions, asks, phoneNumbers())
                .planAgain(preview.plan(), parsed, Progress.NONE);
        boolean keepDates = parsed.format() == ImportFormat.JSON;
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<ImportMerge.MergeEntry> merges = plan.changedMerges();
        long total = plan.created.size() + (long) merges.size() + plan.interactions.size();
        long done = 0;
        Map<ImportMerge.NewEntry, Long> ids = new HashMap<>(plan.created.size() * 4 / 3 + 1);
        Map<ImportMerge.NewEntry, Met> met = metInTheFile(plan);
        List<ImportMerge.NewEntry> introduced = new ArrayList<>();
        int contactBatch = batchSize(plan.created.size());
        for (int from = 0; from < plan.created.size(); from += contactBatch) {
            progress.checkCancelled();
            List<ImportMerge.NewEntry> chunk = plan.created.subList(from,
                    Math.min(plan.created.size(), from + contactBatch));
            List<Contact> rows = new ArrayList<>(chunk.size());
            for (ImportMerge.NewEntry e : chunk) {
                Contact c = e.contact;
                LocalDate since = c.knownSince() == null || !keepDates && c.knownSince().isAfter(today) ? today
                        : c.knownSince();
                Met m = met.get(e);
                if (m != null && m.earliest.isBefore(since)) {
                    since = m.earliest; // Known since they first met (decision 0008).
                }
                Instant created = c.createdAt() == null ? now : c.createdAt();
                rows.add(c.toBuilder().introducedById(null).knownSince(since)
                        .lastTouch(m == null || m.latest == null ? since : m.latest)
                        .createdAt(created).updatedAt(c.updatedAt() == null ? created : c.updatedAt()).build());
                if (c.introducedById() != null) {
                    introduced.add(e);
                }
            }
            List<Long> stored = contacts.insertAll(rows);
            for (int k = 0; k < chunk.size(); k++) {
                ids.put(chunk.get(k), stored.get(k));
            }
            done += chunk.size();
            progress.update(done, total);
            transactions.checkpoint();
        }
        Map<Long, Long> introducerOf = new HashMap<>();
        for (ImportMerge.NewEntry e : introduced) {
            Object introducer = plan.bySourceId.get(e.contact.introducedById());
            Long id = introducer instanceof ImportMerge.NewEntry n ? ids.get(n) : (Long) introducer;
            if (id != null && !id.equals(ids.get(e))) {
                introducerOf.put(ids.get(e), id);
            }
        }
        contacts.linkIntroducers(introducerOf);
        for (ImportMerge.MergeEntry m : merges) {
            progress.checkCancelled();
            contacts.update(m.merged.toBuilder().updatedAt(now).build());
            progress.update(++done, total);
        }
        Map<Long, Long> interactionIds = new HashMap<>(plan.interactions.size() * 4 / 3 + 1);
        java.util.Set<Long> touched = new java.util.LinkedHashSet<>();
        int interactionBatch = batchSize(plan.interactions.size());
        for (int from = 0; from < plan.interactions.size(); from += interactionBatch) {
            progress.checkCancelled();
            List<ImportMerge.PlannedInteraction> chunk = plan.interactions.subList(from,
                    Math.min(plan.interactions.size(), from + interactionBatch));
            List<Interaction> rows = new ArrayList<>(chunk.size());
            for (ImportMerge.PlannedInteraction p : chunk) {
                List<Long> participants = new ArrayList<>(p.participants().size());
                for (Object t : p.participants()) {
                    participants.add(t instanceof ImportMerge.NewEntry n ? ids.get(n) : (Long) t);
                }
                Interaction draft = p.dto().toDraft(participants);
                // A draft with its times (a backup's always has them) is the row: not built twice.
                Instant created = draft.createdAt() == null ? now : draft.createdAt();
                rows.add(draft.createdAt() != null && draft.updatedAt() != null ? draft
                        : new Interaction(null, draft.date(), draft.kind(), participants, draft.summary(),
                        draft.notes(), draft.exchange(), draft.followUp(), created,
                        draft.updatedAt() == null ? created : draft.updatedAt(), draft.audience(), draft.loggedBy()));
                for (Object t : p.participants()) {
                    if (t instanceof Long stored) {
                        touched.add(stored); // Someone already in Orbit: settled from the tables at the end.
                    }
                }
            }
            // Last touches once at the end: per batch, a contact was rewritten once for each batch
            // it appears in (30,000 contacts rewritten 15 times each for a 300,000-interaction backup).
            List<Long> stored = interactions.insertAllLeavingLastTouch(rows);
            for (int k = 0; k < chunk.size(); k++) {
                interactionIds.put(chunk.get(k).dto().id(), stored.get(k));
            }
            done += chunk.size();
            progress.update(done, total);
            transactions.checkpoint();
        }
        for (app.orbit.domain.Ask a : plan.newAsks) {
            Instant created = a.createdAt() == null ? now : a.createdAt();
            asks.insert(a.stamped(created, a.updatedAt() == null ? created : a.updatedAt()));
        }
        if (plan.emptyBefore && parsed.format() == ImportFormat.JSON) {
            restoreExtras(parsed.extras(), plan, ids, interactionIds);
            parsed.settings().forEach(settings::put);
        }
        int unsorted = (int) plan.created.stream().filter(e -> !e.contact.circle().isSorted()).count();
        return new Written(new ImportResult(plan.created.size(), merges.size(),
                plan.skipped.size() + parsed.skipped().size(), plan.interactions.size(), unsorted), touched);
    }

    /** The first meeting with someone, and the latest that counts as a touch for them (null if none does). */
    private static final class Met {
        LocalDate earliest;
        LocalDate latest;
    }

    /**
     * For each person new to Orbit, the dates of their interactions in this file, which are all
     * they have: their known-since and last touch are then written with them, instead of being
     * worked out again from the tables row by row (a third of a large restore's time).
     */
    private static Map<ImportMerge.NewEntry, Met> metInTheFile(ImportMerge.Plan plan) {
        Map<ImportMerge.NewEntry, Met> met = new java.util.IdentityHashMap<>(plan.created.size());
        for (ImportMerge.PlannedInteraction p : plan.interactions) {
            LocalDate date = p.dto().date();
            boolean toMany = p.dto().audience() != null;
            for (Object t : p.participants()) {
                if (t instanceof ImportMerge.NewEntry n && date != null) {
                    Met m = met.computeIfAbsent(n, k -> new Met());
                    if (m.earliest == null || date.isBefore(m.earliest)) {
                        m.earliest = date;
                    }
                    if ((!toMany || app.orbit.domain.Audience.countsFor(n.contact.circle()))
                            && (m.latest == null || date.isAfter(m.latest))) {
                        m.latest = date;
                    }
                }
            }
        }
        return met;
    }

    /** Phone numbers read in the region chosen in the settings, else the system's. */
    private PhoneNumbers phoneNumbers() {
        String region = settings.get(app.orbit.service.SettingsService.PHONE_REGION).orElse("");
        return new PhoneNumbers(region.isEmpty() ? PhoneNumbers.systemRegion() : region);
    }
}
