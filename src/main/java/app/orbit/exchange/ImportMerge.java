package app.orbit.exchange;

import app.orbit.domain.Ask;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.OrbitException;
import app.orbit.domain.ValidationException;
import app.orbit.service.AskRepository;
import app.orbit.service.ContactRepository;
import app.orbit.service.InteractionRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The import merge rules of docs/decisions/0005-import-merge-rules.md: who in a file is already
 * in Orbit (same email, else same profile URL, else the same full name when nothing contradicts
 * it), who is new, who is skipped and why; and how two records of one person are combined
 * (what Orbit holds wins, empty fields are filled, lists are joined, nothing is dropped).
 */
final class ImportMerge {

    private final ContactRepository contacts;
    private final InteractionRepository interactions;
    private final AskRepository asks;
    private final PhoneNumbers phones;

    ImportMerge(ContactRepository contacts, InteractionRepository interactions, AskRepository asks,
            PhoneNumbers phones) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.asks = asks;
        this.phones = phones;
    }

    /** A person the import will create. */
    static final class NewEntry {
        Contact contact;
        final Place place;
        /** The later rows of the same file found to be this person too, folded into it. */
        final List<Place> folded = new ArrayList<>();
        final long sourceId;
        final String uid;

        NewEntry(Contact contact, Place place, long sourceId, String uid) {
            this.contact = contact;
            this.place = place;
            this.sourceId = sourceId;
            this.uid = uid;
        }
    }

    /** A person already in Orbit that the import completes. */
    static final class MergeEntry {
        final Contact original;
        Contact merged;
        final Place place;

        MergeEntry(Contact original, Place place) {
            this.original = original;
            this.merged = original;
            this.place = place;
        }
    }

    /** An interaction of a backup and who it will be with: existing ids or new entries. */
    record PlannedInteraction(BackupDtos.InteractionDto dto, Place place, List<Object> participants) {
    }

    /** The outcome of planning, in file order. */
    static final class Plan {
        final List<NewEntry> created = new ArrayList<>();
        final Map<Long, MergeEntry> merged = new LinkedHashMap<>();
        final List<Skip> skipped = new ArrayList<>();
        final List<PlannedInteraction> interactions = new ArrayList<>();
        final Map<Long, Object> bySourceId = new HashMap<>();
        final List<Ask> newAsks = new ArrayList<>();
        boolean emptyBefore;
        /** The region phone numbers were compared in. */
        String phoneRegion;

        List<MergeEntry> changedMerges() {
            return merged.values().stream().filter(m -> !m.merged.equals(m.original)).toList();
        }
    }

    Plan plan(ParsedFile parsed, Progress progress) {
        Plan plan = new Plan();
        plan.emptyBefore = contacts.count() == 0 && interactions.count() == 0;
        plan.phoneRegion = phones.region();
        // Matching inside a backup would merge people the user keeps apart on purpose.
        boolean withinFile = parsed.format() != ImportFormat.JSON;
        List<Candidate> candidates = parsed.candidates();
        Index existing = new Index();
        // How many people in the file, and in Orbit, give each profile URL: a URL that several
        // people give (their company's site) says nothing about who someone is.
        Map<String, Integer> inFile = new HashMap<>();
        for (Candidate c : candidates) {
            String p = Contact.profileKey(c.contact().profileUrl());
            if (!p.isEmpty()) {
                inFile.merge(p, 1, Integer::sum);
            }
        }
        Map<String, Integer> inOrbit = new HashMap<>();
        if (!plan.emptyBefore) {
            Set<String> emails = new HashSet<>();
            Set<String> profiles = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (Candidate c : candidates) {
                c.contact().emails().forEach(e -> emails.add(e.toLowerCase(Locale.ROOT)));
                String p = Contact.profileKey(c.contact().profileUrl());
                if (!p.isEmpty()) {
                    profiles.add(p);
                }
                names.add(c.contact().nameKey());
            }
            List<Contact> known = contacts.findByAnyKey(emails, profiles, names).stream()
                    .sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
            known.forEach(existing::add);
            for (Contact k : known) {
                String p = Contact.profileKey(k.profileUrl());
                if (!p.isEmpty()) {
                    inOrbit.merge(p, 1, Integer::sum);
                }
            }
        }
        Index fresh = new Index();
        int n = 0;
        for (Candidate cand : candidates) {
            progress.checkCancelled();
            progress.update(++n, candidates.size());
            Contact c = cand.contact();
            Object target = existing.byEmail(c);
            if (target == null && withinFile) {
                target = fresh.byEmail(c);
            }
            String profile = Contact.profileKey(c.profileUrl());
            if (target == null && !profile.isEmpty()) {
                Object byProfile = existing.byProfile(c);
                if (byProfile instanceof Contact k && (isPersonProfile(profile)
                        || inFile.getOrDefault(profile, 0) == 1 && inOrbit.getOrDefault(profile, 0) == 1
                        && sameFamilyName(k, c))) {
                    target = byProfile;
                }
            }
            if (target == null && withinFile && isPersonProfile(profile)) {
                target = fresh.byProfile(c);
            }
            if (target == null) {
                List<Object> sameName = existing.byName(c);
                if (sameName.size() > 1) {
                    plan.skipped.add(Skip.of(cand.place(), "import.skip.ambiguous", c.displayName(), sameName.size()));
                    continue;
                }
                target = sameName.isEmpty() ? null : sameName.get(0);
            }
            if (target == null && withinFile) {
                List<Object> sameName = fresh.byName(c).stream()
                        .filter(e -> cand.uid().isEmpty() || ((NewEntry) e).uid.isEmpty()
                                || ((NewEntry) e).uid.equals(cand.uid()))
                        .toList();
                target = sameName.size() == 1 ? sameName.get(0) : null;
            }
            if (target instanceof Contact stored) {
                MergeEntry m = plan.merged.computeIfAbsent(stored.id(), id -> new MergeEntry(stored, cand.place()));
                m.merged = combine(m.merged, c, cand.place(), false);
                existing.add(m.merged);
                plan.bySourceId.put(cand.sourceId(), stored.id());
            } else if (target instanceof NewEntry e) {
                e.contact = combine(e.contact, c, cand.place(), true);
                e.folded.add(cand.place());
                fresh.add(e);
                plan.skipped.add(Skip.of(cand.place(), "import.skip.duplicate." + e.place.unit().name()
                        .toLowerCase(Locale.ROOT), e.place.number()));
            } else {
                NewEntry e = new NewEntry(c, cand.place(), cand.sourceId(), cand.uid());
                plan.created.add(e);
                fresh.add(e);
                plan.bySourceId.put(cand.sourceId(), e);
            }
        }
        for (MergeEntry m : plan.merged.values()) {
            if (m.merged.equals(m.original)) {
                plan.skipped.add(Skip.of(m.place, "import.skip.unchanged", m.original.displayName()));
            }
        }
        planInteractions(parsed, plan);
        planAsks(parsed, plan);
        return plan;
    }

    /**
     * The plan a preview made, when the store is as it was then (empty, read in the same phone
     * region) and the plan would come out the same: matching against an empty store depends on
     * the file alone. Its asks are planned again (asks may be written into an empty Orbit).
     * Otherwise a new plan.
     */
    Plan planAgain(Plan previewed, ParsedFile parsed, Progress progress) {
        if (previewed == null || !previewed.emptyBefore || !previewed.phoneRegion.equals(phones.region())
                || contacts.count() != 0 || interactions.count() != 0) {
            return plan(parsed, progress);
        }
        previewed.newAsks.clear();
        planAsks(parsed, previewed);
        return previewed;
    }

    private void planAsks(ParsedFile parsed, Plan plan) {
        if (!parsed.asks().isEmpty()) {
            Set<String> known = new HashSet<>();
            asks.list(true).forEach(a -> known.add(askKey(a)));
            for (Ask a : parsed.asks()) {
                if (known.add(askKey(a))) {
                    plan.newAsks.add(a);
                }
            }
        }
    }

    private void planInteractions(ParsedFile parsed, Plan plan) {
        Map<Long, Set<String>> timelines = new HashMap<>();
        for (JsonBackup.InteractionRecord r : parsed.interactions()) {
            List<Object> participants = new ArrayList<>();
            boolean allExisting = true;
            for (Long p : r.dto().participants()) {
                Object t = plan.bySourceId.get(p);
                if (t == null) {
                    plan.skipped.add(Skip.of(r.place(), "import.skip.interaction.participant"));
                    participants = null;
                    break;
                }
                participants.add(t);
                allExisting &= t instanceof Long;
            }
            if (participants == null) {
                continue;
            }
            if (allExisting) {
                long first = (Long) participants.get(0);
                Set<String> known = timelines.computeIfAbsent(first, id -> {
                    Set<String> s = new HashSet<>();
                    for (Interaction i : interactions.forContact(id, Integer.MAX_VALUE)) {
                        s.add(signature(i.date(), i.kind().name(), i.summary(), who(i)));
                    }
                    return s;
                });
                List<Long> ids = participants.stream().map(Long.class::cast).toList();
                BackupDtos.InteractionDto d = r.dto();
                Interaction draft = d.toDraft(ids);
                if (known.contains(signature(draft.date(), draft.kind().name(), draft.summary(), who(draft)))) {
                    plan.skipped.add(Skip.of(r.place(), "import.skip.interaction.known"));
                    continue;
                }
            }
            plan.interactions.add(new PlannedInteraction(r.dto(), r.place(), participants));
        }
    }

    private static String askKey(Ask a) {
        return String.join("|", a.lookingFor(), a.domain(), a.niche(), a.differentiator(), a.helpWanted().name());
    }

    /**
     * Who took part, for recognising an interaction already held: a timeline lists only its own
     * contact among a one-to-many touch's participants, so such a touch is known by its audience.
     */
    private static String who(Interaction i) {
        return i.isOneToMany() ? "to " + i.audience().kind() + " " + i.audience().size()
                : new TreeSet<>(i.participantIds()).toString();
    }

    private static String signature(LocalDate date, String kind, String summary, String who) {
        return date + "|" + kind + "|" + summary + "|" + who;
    }

    /**
     * One person from two records: {@code base}'s values win, its empty fields are filled from
     * {@code incoming}, emails, phones and tags are joined, notes are appended when new, and the
     * earlier "known since" is kept. {@code bothImported} lets names fill in too.
     */
    /**
     * Whether a profile key names one person whatever else shares it: a LinkedIn member's page
     * ("linkedin.com/in/…", the older "/pub/…"). Any other URL may be a company's site.
     */
    static boolean isPersonProfile(String key) {
        return key.startsWith("linkedin.com/in/") || key.startsWith("linkedin.com/pub/");
    }

    /**
     * Whether two records give the same family name (the last word of the name as written when
     * there are no parts): the last check before a personal site joins two records.
     */
    private static boolean sameFamilyName(Contact a, Contact b) {
        return familyKey(a).equals(familyKey(b)) && !familyKey(a).isEmpty();
    }

    private static String familyKey(Contact c) {
        if (!c.lastName().isEmpty()) {
            return app.orbit.domain.Text.fold(c.lastName());
        }
        String shown = app.orbit.domain.Text.fold(c.displayName());
        return shown.substring(shown.lastIndexOf(' ') + 1);
    }

    Contact combine(Contact base, Contact incoming, Place place, boolean bothImported) {
        try {
            Contact.Builder b = base.toBuilder();
            if (base.firstName().isEmpty() && base.lastName().isEmpty() || bothImported
                    && base.firstName().isEmpty() && !incoming.firstName().isEmpty()) {
                b.firstName(incoming.firstName());
            }
            b.emails(union(base.emails(), incoming.emails(), s -> s.toLowerCase(Locale.ROOT)));
            List<String> allPhones = new ArrayList<>(base.phones());
            allPhones.addAll(incoming.phones());
            b.phones(union(base.phones(), incoming.phones(), s -> phones.key(s, allPhones)));
            b.formattedName(fill(base.formattedName(), incoming.formattedName()));
            b.middleName(fill(base.middleName(), incoming.middleName()));
            b.namePrefix(fill(base.namePrefix(), incoming.namePrefix()));
            b.nameSuffix(fill(base.nameSuffix(), incoming.nameSuffix()));
            List<app.orbit.domain.PostalAddress> addresses = new ArrayList<>(base.addresses());
            for (app.orbit.domain.PostalAddress a : incoming.addresses()) {
                if (addresses.stream().noneMatch(x -> sameAddress(x, a))) {
                    addresses.add(a);
                }
            }
            b.addresses(addresses);
            if (base.photo() == null) {
                b.photo(incoming.photo());
            }
            b.organisation(fill(base.organisation(), incoming.organisation()));
            b.title(fill(base.title(), incoming.title()));
            b.city(fill(base.city(), incoming.city()));
            b.howWeMet(fill(base.howWeMet(), incoming.howWeMet()));
            b.needs(fill(base.needs(), incoming.needs()));
            b.offers(fill(base.offers(), incoming.offers()));
            b.profileUrl(fill(base.profileUrl(), incoming.profileUrl()));
            List<String> tags = new ArrayList<>(base.tags());
            tags.addAll(incoming.tags());
            b.tags(tags);
            if (base.birthday() == null || base.birthday().year() == null && incoming.birthday() != null
                    && incoming.birthday().year() != null
                    && incoming.birthday().monthDay().equals(base.birthday().monthDay())) {
                b.birthday(incoming.birthday() == null ? base.birthday() : incoming.birthday());
            }
            if (!incoming.notes().isEmpty() && !base.notes().contains(incoming.notes())) {
                b.notes(base.notes().isEmpty() ? incoming.notes() : base.notes() + "\n\n" + incoming.notes());
            }
            if (incoming.knownSince() != null
                    && (base.knownSince() == null || incoming.knownSince().isBefore(base.knownSince()))) {
                b.knownSince(incoming.knownSince());
            }
            return b.build();
        } catch (ValidationException e) {
            throw place.error(e);
        }
    }

    /** The same place, whatever its label or letter case. */
    private static boolean sameAddress(app.orbit.domain.PostalAddress a, app.orbit.domain.PostalAddress b) {
        return app.orbit.domain.Text.fold(String.join("|", a.lines()))
                .equals(app.orbit.domain.Text.fold(String.join("|", b.lines())));
    }

    private static String fill(String base, String incoming) {
        return base.isEmpty() ? incoming : base;
    }

    private static List<String> union(List<String> base, List<String> incoming,
            java.util.function.UnaryOperator<String> key) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : base) {
            out.putIfAbsent(key.apply(s), s);
        }
        for (String s : incoming) {
            out.putIfAbsent(key.apply(s), s);
        }
        return new ArrayList<>(out.values());
    }

    /**
     * People by email, profile key and name key. Holds stored contacts (by id) or new entries;
     * the first one indexed under a key keeps it, so the oldest contact wins a shared email.
     */
    private static final class Index {
        private final Map<String, Object> emails = new HashMap<>();
        private final Map<String, Object> profiles = new HashMap<>();
        private final Map<String, Map<Object, Contact>> names = new HashMap<>();
        private final Map<Long, Contact> stored = new HashMap<>();

        void add(Contact c) {
            Contact previous = stored.put(c.id(), c);
            if (previous != null && names.containsKey(previous.nameKey())) {
                names.get(previous.nameKey()).remove(c.id());
            }
            index(c, c.id());
        }

        void add(NewEntry e) {
            index(e.contact, e);
        }

        private void index(Contact c, Object key) {
            Object value = key instanceof Long ? stored.get(key) : key;
            c.emails().forEach(m -> emails.putIfAbsent(m.toLowerCase(Locale.ROOT), value));
            String p = Contact.profileKey(c.profileUrl());
            if (!p.isEmpty()) {
                profiles.putIfAbsent(p, value);
            }
            names.computeIfAbsent(c.nameKey(), k -> new LinkedHashMap<>()).put(key, c);
        }

        Object byEmail(Contact c) {
            for (String m : c.emails()) {
                Object t = emails.get(m.toLowerCase(Locale.ROOT));
                if (t != null) {
                    return current(t);
                }
            }
            return null;
        }

        Object byProfile(Contact c) {
            String p = Contact.profileKey(c.profileUrl());
            return p.isEmpty() ? null : current(profiles.get(p));
        }

        /** Everyone of that name whose emails and profile do not say it is someone else. */
        List<Object> byName(Contact c) {
            List<Object> out = new ArrayList<>();
            for (Map.Entry<Object, Contact> e : names.getOrDefault(c.nameKey(), Map.of()).entrySet()) {
                if (!contradicts(e.getValue(), c)) {
                    out.add(current(e.getKey() instanceof Long id ? stored.get(id) : e.getKey()));
                }
            }
            return out;
        }

        private Object current(Object t) {
            return t instanceof Contact c ? stored.get(c.id()) : t;
        }

        private static boolean contradicts(Contact a, Contact b) {
            if (!a.emails().isEmpty() && !b.emails().isEmpty()) {
                Set<String> ae = new LinkedHashSet<>();
                a.emails().forEach(e -> ae.add(e.toLowerCase(Locale.ROOT)));
                if (b.emails().stream().noneMatch(e -> ae.contains(e.toLowerCase(Locale.ROOT)))) {
                    return true;
                }
            }
            // Two LinkedIn pages are two people; a LinkedIn page and a web site, or two sites, may be one.
            String pa = Contact.profileKey(a.profileUrl());
            String pb = Contact.profileKey(b.profileUrl());
            return isPersonProfile(pa) && isPersonProfile(pb) && !Objects.equals(pa, pb);
        }
    }
}
