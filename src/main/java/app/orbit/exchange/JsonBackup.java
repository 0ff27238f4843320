package app.orbit.exchange;

import app.orbit.domain.Ask;
import app.orbit.domain.Contact;
import app.orbit.domain.Gesture;
import app.orbit.domain.Interaction;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Phrase;
import app.orbit.domain.PlanEntry;
import app.orbit.exchange.BackupDtos.BackupDto;
import app.orbit.exchange.BackupDtos.ContactDto;
import app.orbit.exchange.BackupDtos.InteractionDto;
import app.orbit.exchange.BackupDtos.PersonDto;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.WeekPlan;
import app.orbit.domain.WeekSummary;
import app.orbit.service.AskRepository;
import app.orbit.service.IntroductionRepository;
import app.orbit.service.PlanRepository;
import app.orbit.service.ContactRepository;
import app.orbit.service.InteractionRepository;
import app.orbit.service.NotFoundException;
import app.orbit.service.Messages;
import app.orbit.service.SettingsRepository;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Orbit's JSON backup: everything it holds (contacts, interactions, asks, weekly plans, snoozes,
 * introductions made, settings), versioned by
 * {@code formatVersion}, written page by page so that a large network does not have to fit in
 * memory twice. Ids are renumbered 1, 2, 3… in database order, so exporting, restoring into an
 * empty Orbit and exporting again gives the same bytes.
 */
public final class JsonBackup {

    /**
     * The version this Orbit writes; it reads this one and every earlier one. Version 2 added the
     * contact's name as written, its name parts, addresses and picture, and the audience of
     * one-to-many touches: an Orbit that reads only version 1 would drop them, so it refuses the
     * file instead. Version 3 names who logged each interaction and whose each plan and ask is
     * (decision 0016), which version 2 would drop.
     */
    public static final int FORMAT_VERSION = 3;
    /**
     * The version of one person's export ({@link #exportContact}), which is read by people, not by
     * Orbit. Version 1 held only the contact and their interactions.
     */
    public static final int PERSON_FORMAT_VERSION = 2;
    static final String APPLICATION = "Orbit";
    private static final int PAGE = 1000;

    /**
     * Built on first use, not when Orbit starts: Jackson loads some 470 classes, a tenth of a
     * second of a cold start spent for a feature used now and then (docs/benchmarks.md).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(IsoTimes.module()) // After JavaTimeModule: its readers of dates win.
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Characters outside the BMP (emoji) as UTF-8, not as escaped surrogate pairs.
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The reader and writer of backups, for the tests of what reads them. */
    static ObjectMapper mapper() {
        return Json.MAPPER;
    }

    private final ContactRepository contacts;
    private final InteractionRepository interactions;
    private final SettingsRepository settings;
    private final AskRepository asks;
    private final PlanRepository plans;
    private final IntroductionRepository introductions;

    public JsonBackup(ContactRepository contacts, InteractionRepository interactions, SettingsRepository settings,
            AskRepository asks, PlanRepository plans, IntroductionRepository introductions) {
        this.plans = plans;
        this.introductions = introductions;
        this.contacts = contacts;
        this.interactions = interactions;
        this.settings = settings;
        this.asks = asks;
    }

    /** A participant of a backup's interaction, by its id in the backup, and the interaction itself. */
    record InteractionRecord(InteractionDto dto, Place place) {
    }

    /** Writes the complete backup to {@code out} (left open). */
    public void exportAll(OutputStream out, Progress progress) {
        long total = contacts.count() + interactions.count();
        long done = 0;
        Map<Long, Long> ids = new HashMap<>();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("application", APPLICATION);
            // First every id, so that an introducer written later can be referred to.
            long after = 0;
            List<Contact> all = new ArrayList<>();
            while (true) {
                List<Contact> page = contacts.page(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (Contact c : page) {
                    ids.put(c.id(), (long) ids.size() + 1);
                }
                all.addAll(page);
                after = page.get(page.size() - 1).id();
            }
            g.writeArrayFieldStart("contacts");
            for (Contact c : all) {
                progress.checkCancelled();
                Json.MAPPER.writeValue(g, ContactDto.of(c, ids.get(c.id()),
                        c.introducedById() == null ? null : ids.get(c.introducedById())));
                progress.update(++done, total);
            }
            g.writeEndArray();
            all.clear();
            Map<Long, Long> interactionIds = new HashMap<>();
            g.writeArrayFieldStart("interactions");
            after = 0;
            long n = 0;
            while (true) {
                List<Interaction> page = interactions.page(after, PAGE);
                if (page.isEmpty()) {
                    break;
                }
                for (Interaction i : page) {
                    progress.checkCancelled();
                    interactionIds.put(i.id(), n + 1);
                    Json.MAPPER.writeValue(g, InteractionDto.of(i, ++n, ids::get));
                    progress.update(++done, total);
                }
                after = page.get(page.size() - 1).id();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("asks");
            List<Ask> asks = new ArrayList<>(this.asks.list(true));
            asks.sort(java.util.Comparator.comparing(Ask::id));
            for (Ask a : asks) {
                Json.MAPPER.writeValue(g, BackupDtos.AskDto.of(a));
            }
            g.writeEndArray();
            writeExtras(g, ids, interactionIds);
            g.writeFieldName("settings");
            Json.MAPPER.writeValue(g, new TreeMap<>(settings.all()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeExtras(JsonGenerator g, Map<Long, Long> ids, Map<Long, Long> interactionIds) throws IOException {
        g.writeArrayFieldStart("plans");
        for (WeekPlan plan : plans.all()) {
            Json.MAPPER.writeValue(g, new BackupDtos.PlanDto(plan.week().toString(),
                    plan.ours() ? null : plan.owner(), plan.generatedOn(), plan.generatedBy(), plan.entries().stream()
                    .map(e -> BackupDtos.PlanEntryDto.of(e, ids::get)).toList()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("snoozes");
        for (Map.Entry<Long, java.time.LocalDate> s : new TreeMap<>(plans.snoozes()).entrySet()) {
            Json.MAPPER.writeValue(g, new BackupDtos.SnoozeDto(ids.get(s.getKey()), s.getValue()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("introductions");
        List<BackupDtos.IntroductionDto> made = new ArrayList<>();
        for (IntroductionRepository.Made m : introductions.all()) {
            long a = ids.get(m.pair().first());
            long b = ids.get(m.pair().second());
            made.add(new BackupDtos.IntroductionDto(Math.min(a, b), Math.max(a, b), m.on(),
                    m.interactionId() == null ? null : interactionIds.get(m.interactionId())));
        }
        made.sort(java.util.Comparator.comparingLong(BackupDtos.IntroductionDto::first)
                .thenComparingLong(BackupDtos.IntroductionDto::second));
        for (BackupDtos.IntroductionDto d : made) {
            Json.MAPPER.writeValue(g, d);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("introductionVerdicts");
        List<BackupDtos.VerdictDto> verdicts = new ArrayList<>();
        for (app.orbit.domain.IntroductionVerdict v : introductions.verdicts()) {
            verdicts.add(new BackupDtos.VerdictDto(ids.get(v.neederId()), ids.get(v.offererId()), v.kind().name(),
                    v.decidedOn(), v.until()));
        }
        verdicts.sort(java.util.Comparator.comparingLong(BackupDtos.VerdictDto::needer)
                .thenComparingLong(BackupDtos.VerdictDto::offerer));
        for (BackupDtos.VerdictDto d : verdicts) {
            Json.MAPPER.writeValue(g, d);
        }
        g.writeEndArray();
    }

    private static void checkExtras(String file, BackupDtos.Extras extras, Set<Long> contactIds,
            List<Long> interactionIds) {
        Place whole = Place.file(file);
        Set<Long> interactions = new HashSet<>(interactionIds);
        Set<String> weeks = new HashSet<>();
        for (BackupDtos.PlanDto p : extras.plans()) {
            try {
                IsoWeek.parse(p.week());
                if (!weeks.add(p.week()) || p.generatedOn() == null) {
                    throw new IllegalArgumentException(p.week());
                }
                for (BackupDtos.PlanEntryDto e : p.entries() == null ? List.<BackupDtos.PlanEntryDto>of() : p.entries()) {
                    if (!contactIds.contains(e.contact())
                            || e.otherContact() != null && !contactIds.contains(e.otherContact())) {
                        throw new IllegalArgumentException("contact");
                    }
                    e.toDomain(e.contact(), e.otherContact());
                }
            } catch (RuntimeException e) {
                throw new OrbitException(e, "import.at.file", file, 0, 0,
                        new OrbitException("import.error.json.plan", String.valueOf(p.week())));
            }
        }
        for (BackupDtos.SnoozeDto s : extras.snoozes()) {
            if (!contactIds.contains(s.contact()) || s.until() == null) {
                throw whole.error("import.error.json.unknownContact", s.contact());
            }
        }
        for (BackupDtos.IntroductionDto i : extras.introductions()) {
            if (!contactIds.contains(i.first()) || !contactIds.contains(i.second()) || i.first() == i.second()
                    || i.on() == null || i.interaction() != null && !interactions.contains(i.interaction())) {
                throw whole.error("import.error.json.unknownContact", i.first() + "/" + i.second());
            }
        }
        for (BackupDtos.VerdictDto v : extras.verdicts()) {
            try {
                if (!contactIds.contains(v.needer()) || !contactIds.contains(v.offerer())) {
                    throw new IllegalArgumentException("contact");
                }
                verdict(v, v.needer(), v.offerer());
            } catch (RuntimeException e) {
                throw whole.error("import.error.json.unknownContact", v.needer() + "/" + v.offerer());
            }
        }
    }

    /** A verdict from the backup, for the contacts it names now; throws when it does not hold together. */
    static app.orbit.domain.IntroductionVerdict verdict(BackupDtos.VerdictDto v, long needer, long offerer) {
        return new app.orbit.domain.IntroductionVerdict(needer, offerer,
                app.orbit.domain.IntroductionVerdict.Kind.valueOf(String.valueOf(v.verdict())), v.on(), v.until());
    }

    /**
     * Writes all Orbit holds about one person (left open): their contact; who introduced them and
     * whom they introduced; their snooze; every interaction they took part in, with the exchange
     * counts; their weekly plan entries and the others' entries that name them; the introductions
     * made between them and others. Everyone else appears by name only. The user's asks are not
     * linked to any person in Orbit's data, so none belong here. Sentences stored as a message key
     * read in {@code messages}' language too.
     */
    public void exportContact(long contactId, OutputStream out, Messages messages) {
        Contact c = contacts.find(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        List<Interaction> timeline = new ArrayList<>(interactions.forContact(contactId, Integer.MAX_VALUE));
        timeline.sort(java.util.Comparator.comparing(Interaction::date).thenComparing(Interaction::id));
        List<PlanRepository.WeekEntry> entries = plans.entriesAbout(contactId);
        List<IntroductionRepository.Made> made = introductions.all().stream()
                .filter(m -> m.pair().first() == contactId || m.pair().second() == contactId).toList();
        List<Long> introduced = contacts.introducedBy(contactId);
        List<app.orbit.domain.IntroductionVerdict> verdicts = introductions.verdicts().stream()
                .filter(v -> v.neederId() == contactId || v.offererId() == contactId).toList();

        Set<Long> others = new HashSet<>();
        verdicts.forEach(v -> others.add(v.neederId() == contactId ? v.offererId() : v.neederId()));
        timeline.forEach(i -> others.addAll(i.participantIds()));
        entries.forEach(e -> {
            others.add(e.entry().contactId());
            if (e.entry().gesture().otherContactId() != null) {
                others.add(e.entry().gesture().otherContactId());
            }
        });
        made.forEach(m -> others.add(m.pair().other(contactId)));
        others.addAll(introduced);
        if (c.introducedById() != null) {
            others.add(c.introducedById());
        }
        others.remove(contactId);
        Map<Long, String> names = new HashMap<>();
        contacts.findAll(others).forEach(o -> names.put(o.id(), o.displayName()));

        List<BackupDtos.PersonInteractionDto> dtos = new ArrayList<>();
        int gave = 0;
        int asked = 0;
        int received = 0;
        for (Interaction i : timeline) {
            // A newsletter's other readers are not this person's data: only how many there were.
            dtos.add(new BackupDtos.PersonInteractionDto(i.date(), i.kind(), i.isOneToMany() ? null
                    : i.participantIds().stream().filter(id -> id != contactId).map(names::get).toList(),
                    BackupDtos.AudienceDto.of(i.audience()), i.summary(), i.notes(), i.exchange(),
                    i.followUp() == null ? null : new BackupDtos.PersonFollowUpDto(i.followUp().due(),
                            i.followUp().promise(), i.followUp().done(), i.followUp().to().stream()
                                    .map(id -> id == contactId ? c.displayName() : names.get(id)).toList()),
                    i.createdAt(), i.updatedAt()));
            switch (i.exchange()) {
                case GAVE -> gave++;
                case ASKED -> asked++;
                case RECEIVED -> received++;
                default -> { }
            }
        }
        Function<Phrase, String> render = messages::text;
        List<BackupDtos.PersonPlanEntryDto> own = new ArrayList<>();
        List<BackupDtos.PlanMentionDto> mentions = new ArrayList<>();
        for (PlanRepository.WeekEntry we : entries) {
            PlanEntry e = we.entry();
            Gesture g = e.gesture();
            if (e.contactId() == contactId) {
                own.add(new BackupDtos.PersonPlanEntryDto(we.week().toString(), e.status(), e.snoozeUntil(),
                        e.skipReason(), e.timeBound(), BackupDtos.TextDto.of(e.reason(), render), g.kind(),
                        BackupDtos.TextDto.of(g.sentence(), render), BackupDtos.TextDto.of(g.reason(), render),
                        g.otherContactId() == null ? null : names.get(g.otherContactId())));
            } else {
                mentions.add(new BackupDtos.PlanMentionDto(we.week().toString(), names.get(e.contactId()), e.status(),
                        g.kind(), BackupDtos.TextDto.of(g.sentence(), render)));
            }
        }
        List<BackupDtos.PersonIntroductionDto> intros = new ArrayList<>();
        for (IntroductionRepository.Made m : made) {
            LocalDate interactionOn = m.interactionId() == null ? null
                    : interactions.find(m.interactionId()).map(Interaction::date).orElse(null);
            intros.add(new BackupDtos.PersonIntroductionDto(names.get(m.pair().other(contactId)), m.on(),
                    interactionOn));
        }
        intros.sort(java.util.Comparator.comparing(BackupDtos.PersonIntroductionDto::on)
                .thenComparing(BackupDtos.PersonIntroductionDto::with));
        List<BackupDtos.PersonVerdictDto> said = new ArrayList<>();
        for (app.orbit.domain.IntroductionVerdict v : verdicts) {
            boolean needs = v.neederId() == contactId;
            said.add(new BackupDtos.PersonVerdictDto(names.get(needs ? v.offererId() : v.neederId()),
                    needs ? "needs" : "offers", v.kind().name(), v.decidedOn(), v.until()));
        }
        try {
            Json.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out,
                    new PersonDto(PERSON_FORMAT_VERSION, APPLICATION, ContactDto.of(c, 1, null),
                            c.introducedById() == null ? null : names.get(c.introducedById()),
                            introduced.stream().map(names::get).toList(), plans.snoozes().get(contactId), dtos,
                            new BackupDtos.ExchangeCountsDto(gave, asked, received), own, mentions, intros,
                            said));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a backup into candidates, interactions and settings; errors name the place. */
    static ParsedFile read(SourceText source, Progress progress) {
        BackupDto dto = BackupPieces.read(source.text(), Json.MAPPER, Runtime.getRuntime().availableProcessors());
        try {
            if (dto == null) {
                dto = Json.MAPPER.readValue(source.text(), BackupDto.class);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new OrbitException(e, "import.at.line", source.name(), line, line,
                    new OrbitException("import.error.json", e.getOriginalMessage()));
        }
        Place whole = Place.file(source.name());
        if (dto.formatVersion() == null || !APPLICATION.equals(dto.application())) {
            throw whole.error("import.error.json.notBackup");
        }
        if (dto.formatVersion() > FORMAT_VERSION || dto.formatVersion() < 1) {
            throw whole.error("import.error.json.version", dto.formatVersion(), FORMAT_VERSION);
        }
        List<ContactDto> contactDtos = dto.contacts() == null ? List.of() : dto.contacts();
        List<InteractionDto> interactionDtos = dto.interactions() == null ? List.of() : dto.interactions();
        long total = contactDtos.size() + (long) interactionDtos.size();
        List<Candidate> candidates = new ArrayList<>(contactDtos.size());
        Set<Long> ids = new HashSet<>();
        int n = 0;
        for (ContactDto c : contactDtos) {
            n++;
            Place place = Place.entry(source.name(), Place.Unit.CONTACT, n);
            progress.checkCancelled();
            if (c == null) {
                throw place.error("import.error.json.missing", "contact");
            }
            if (!ids.add(c.id())) {
                throw place.error("import.error.json.duplicateId", c.id());
            }
            try {
                candidates.add(new Candidate(c.toDraft(), place, c.id()));
            } catch (OrbitException e) {
                throw place.error(e);
            }
            progress.update(n, total);
        }
        n = 0;
        for (ContactDto c : contactDtos) {
            n++;
            if (c.introducedBy() != null && (!ids.contains(c.introducedBy()) || c.introducedBy() == c.id())) {
                throw Place.entry(source.name(), Place.Unit.CONTACT, n).error("import.error.json.unknownContact",
                        c.introducedBy());
            }
        }
        List<InteractionRecord> records = new ArrayList<>(interactionDtos.size());
        n = 0;
        for (InteractionDto i : interactionDtos) {
            n++;
            Place place = Place.entry(source.name(), Place.Unit.INTERACTION, n);
            progress.checkCancelled();
            if (i == null || i.participants() == null) {
                throw place.error("import.error.json.missing", "participants");
            }
            for (Long p : i.participants()) {
                if (p == null || !ids.contains(p)) {
                    throw place.error("import.error.json.unknownContact", p);
                }
            }
            try {
                i.toDraft(i.participants());
            } catch (OrbitException e) {
                throw place.error(e);
            }
            records.add(new InteractionRecord(i, place));
            progress.update(contactDtos.size() + (long) n, total);
        }
        Map<String, String> settingsMap = dto.settings() == null ? Map.of() : dto.settings();
        for (Map.Entry<String, String> e : settingsMap.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getKey().length() > 100
                    || e.getValue().length() > 4000) {
                throw whole.error("import.error.json.setting", String.valueOf(e.getKey()));
            }
        }
        List<Ask> asks = new ArrayList<>();
        n = 0;
        for (BackupDtos.AskDto a : dto.asks() == null ? List.<BackupDtos.AskDto>of() : dto.asks()) {
            n++;
            Place place = Place.entry(source.name(), Place.Unit.ASK, n);
            if (a == null) {
                throw place.error("import.error.json.missing", "ask");
            }
            try {
                asks.add(a.toDraft());
            } catch (OrbitException e) {
                throw place.error(e);
            }
        }
        BackupDtos.Extras extras = new BackupDtos.Extras(dto.plans(), dto.snoozes(), dto.introductions(),
                dto.introductionVerdicts());
        checkExtras(source.name(), extras, ids, interactionDtos.stream().map(InteractionDto::id).toList());
        return new ParsedFile(source, ImportFormat.JSON, candidates, records, asks, settingsMap, extras, List.of(),
                List.of());
    }
}
