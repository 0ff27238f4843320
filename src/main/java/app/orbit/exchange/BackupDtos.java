package app.orbit.exchange;

import app.orbit.domain.Ask;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Gesture;
import app.orbit.domain.GestureKind;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Photo;
import app.orbit.domain.Phrase;
import app.orbit.domain.PostalAddress;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * The JSON backup's shape, kept apart from the domain: plain records Jackson reads and writes,
 * each turned into a domain object through its validating constructor on the way in. Ids in a
 * backup are the backup's own (1, 2, 3… in the order written), not the database's.
 */
final class BackupDtos {

    private BackupDtos() {
    }

    /** The whole backup. */
    @JsonPropertyOrder({"formatVersion", "application", "contacts", "interactions", "asks", "plans", "snoozes",
        "introductions", "introductionVerdicts", "settings"})
    record BackupDto(Integer formatVersion, String application, List<ContactDto> contacts,
            List<InteractionDto> interactions, List<AskDto> asks, List<PlanDto> plans, List<SnoozeDto> snoozes,
            List<IntroductionDto> introductions, List<VerdictDto> introductionVerdicts, Map<String, String> settings) {
    }

    /**
     * What only a restore into an empty Orbit brings back: the weekly plans, snoozes, introductions
     * made and what the user said of suggested ones.
     */
    record Extras(List<PlanDto> plans, List<SnoozeDto> snoozes, List<IntroductionDto> introductions,
            List<VerdictDto> verdicts) {

        static final Extras NONE = new Extras(List.of(), List.of(), List.of(), List.of());

        Extras {
            plans = plans == null ? List.of() : List.copyOf(plans);
            snoozes = snoozes == null ? List.of() : List.copyOf(snoozes);
            introductions = introductions == null ? List.of() : List.copyOf(introductions);
            verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
        }
    }

    /** A suggested introduction of {@code needer} to {@code offerer} the user declined or put off (backup ids). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"needer", "offerer", "verdict", "on", "until"})
    record VerdictDto(long needer, long offerer, String verdict, LocalDate on, LocalDate until) {
    }

    /** A week's reconnect plan. */
    @JsonPropertyOrder({"week", "generatedOn", "entries"})
    record PlanDto(String week, LocalDate generatedOn, List<PlanEntryDto> entries) {
    }

    /** One entry of a plan; {@code contact} and {@code otherContact} are backup ids. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"contact", "position", "timeBound", "priority", "reason", "gestureKind", "gesture",
        "gestureReason", "otherContact", "status", "snoozeUntil", "skipReason"})
    record PlanEntryDto(long contact, int position, boolean timeBound, double priority, PhraseDto reason,
            GestureKind gestureKind, PhraseDto gesture, PhraseDto gestureReason, Long otherContact, PlanStatus status,
            LocalDate snoozeUntil, String skipReason) {

        static PlanEntryDto of(PlanEntry e, LongUnaryOperator ids) {
            Gesture g = e.gesture();
            return new PlanEntryDto(ids.applyAsLong(e.contactId()), e.position(), e.timeBound(), e.priority(),
                    PhraseDto.of(e.reason()), g.kind(), PhraseDto.of(g.sentence()), PhraseDto.of(g.reason()),
                    g.otherContactId() == null ? null : ids.applyAsLong(g.otherContactId()), e.status(),
                    e.snoozeUntil(), e.skipReason());
        }

        PlanEntry toDomain(long contactId, Long otherContactId) {
            return new PlanEntry(null, contactId, position, timeBound, priority, reason.toDomain(),
                    new Gesture(gestureKind, gesture.toDomain(), gestureReason.toDomain(), otherContactId), status,
                    snoozeUntil, skipReason);
        }
    }

    /** A stored sentence: a message key and its typed arguments. */
    @JsonPropertyOrder({"key", "args"})
    record PhraseDto(String key, List<ArgDto> args) {

        static PhraseDto of(Phrase p) {
            return new PhraseDto(p.key(), p.args().stream().map(ArgDto::of).toList());
        }

        Phrase toDomain() {
            return new Phrase(key, args == null ? List.of() : args.stream().map(ArgDto::value).toList());
        }
    }

    /** One argument of a sentence: text, a whole number or a date. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ArgDto(String text, Long number, LocalDate date) {

        static ArgDto of(Object a) {
            if (a instanceof Long n) {
                return new ArgDto(null, n, null);
            }
            if (a instanceof LocalDate d) {
                return new ArgDto(null, null, d);
            }
            return new ArgDto(String.valueOf(a), null, null);
        }

        Object value() {
            return number != null ? number : date != null ? date : text == null ? "" : text;
        }
    }

    /** A contact kept out of plans until a day. */
    @JsonPropertyOrder({"contact", "until"})
    record SnoozeDto(long contact, LocalDate until) {
    }

    /** Two contacts the user introduced to each other. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"first", "second", "on", "interaction"})
    record IntroductionDto(long first, long second, LocalDate on, Long interaction) {
    }

    /** One of the user's asks. */
    @JsonPropertyOrder({"lookingFor", "domain", "niche", "differentiator", "helpWanted", "active", "createdAt",
        "updatedAt"})
    record AskDto(String lookingFor, String domain, String niche, String differentiator, HelpWanted helpWanted,
            boolean active, Instant createdAt, Instant updatedAt) {

        static AskDto of(Ask a) {
            return new AskDto(a.lookingFor(), a.domain(), a.niche(), a.differentiator(), a.helpWanted(), a.active(),
                    a.createdAt(), a.updatedAt());
        }

        Ask toDraft() {
            Instant created = createdAt == null ? updatedAt : createdAt;
            Ask a = new Ask(null, lookingFor, domain, niche, differentiator, helpWanted, active, created,
                    updatedAt == null ? created : updatedAt);
            if (a.lookingFor().isEmpty()) {
                throw new app.orbit.domain.ValidationException("lookingFor", "ask.error.lookingFor.required");
            }
            return a;
        }
    }

    /**
     * What Orbit holds about one person: the answer to "what do you have on me?". Everyone else
     * appears by name only, never with their own record.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"formatVersion", "application", "contact", "introducedBy", "introduced", "snoozedUntil",
        "interactions", "exchanges", "planEntries", "mentionedInPlans", "introductions", "suggestionsAnswered"})
    record PersonDto(int formatVersion, String application, ContactDto contact, String introducedBy,
            List<String> introduced, LocalDate snoozedUntil, List<PersonInteractionDto> interactions,
            ExchangeCountsDto exchanges, List<PersonPlanEntryDto> planEntries, List<PlanMentionDto> mentionedInPlans,
            List<PersonIntroductionDto> introductions, List<PersonVerdictDto> suggestionsAnswered) {
    }

    /**
     * A suggested introduction between this person and another that the user declined or put off;
     * {@code side} says whether this person's needs or offers were matched.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"with", "side", "verdict", "on", "until"})
    record PersonVerdictDto(String with, String side, String verdict, LocalDate on, LocalDate until) {
    }

    /** An interaction the person took part in; the others who were there, by name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"date", "kind", "with", "summary", "notes", "exchange", "followUp", "createdAt", "updatedAt"})
    record PersonInteractionDto(LocalDate date, InteractionKind kind, List<String> with, String summary, String notes,
            Exchange exchange, PersonFollowUpDto followUp, Instant createdAt, Instant updatedAt) {
    }

    /** What the user gave them, asked of them and received from them, over all their interactions. */
    @JsonPropertyOrder({"gave", "asked", "received"})
    record ExchangeCountsDto(int gave, int asked, int received) {
    }

    /** A stored sentence with how it reads in the user's language. */
    @JsonPropertyOrder({"key", "args", "text"})
    record TextDto(String key, List<ArgDto> args, String text) {

        static TextDto of(Phrase p, java.util.function.Function<Phrase, String> render) {
            return new TextDto(p.key(), p.args().stream().map(ArgDto::of).toList(), render.apply(p));
        }
    }

    /** One of the person's entries in a weekly plan. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"week", "status", "snoozeUntil", "skipReason", "timeBound", "reason", "gestureKind", "gesture",
        "gestureReason", "otherPerson"})
    record PersonPlanEntryDto(String week, PlanStatus status, LocalDate snoozeUntil, String skipReason,
            boolean timeBound, TextDto reason, GestureKind gestureKind, TextDto gesture, TextDto gestureReason,
            String otherPerson) {
    }

    /**
     * Another person's plan entry that names this one (an introduction to suggest): its sentence,
     * which names the two of them, but not its reason, which is about the other person.
     */
    @JsonPropertyOrder({"week", "forPerson", "status", "gestureKind", "gesture"})
    record PlanMentionDto(String week, String forPerson, PlanStatus status, GestureKind gestureKind, TextDto gesture) {
    }

    /** An introduction the user made between this person and another. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"with", "on", "interactionOn"})
    record PersonIntroductionDto(String with, LocalDate on, LocalDate interactionOn) {
    }

    /** A whole postal address. */
    @JsonPropertyOrder({"label", "street", "postcode", "city", "region", "country"})
    record AddressDto(String label, String street, String postcode, String city, String region, String country) {

        static AddressDto of(PostalAddress a) {
            return new AddressDto(a.label(), a.street(), a.postcode(), a.city(), a.region(), a.country());
        }

        PostalAddress toDomain() {
            return new PostalAddress(label, street, postcode, city, region, country);
        }
    }

    /** A contact's picture; Jackson writes the bytes in Base64. */
    @JsonPropertyOrder({"mediaType", "data"})
    record PhotoDto(String mediaType, byte[] data) {

        static PhotoDto of(Photo p) {
            return p == null ? null : new PhotoDto(p.mediaType(), p.bytes());
        }

        Photo toDomain() {
            return new Photo(mediaType, data);
        }
    }

    /**
     * A contact. The fields added in format 2 (the name as written and its parts, addresses, the
     * picture) are left out when empty, so older backups, which lack them, read the same.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "firstName", "lastName", "formattedName", "middleName", "namePrefix", "nameSuffix",
        "emails", "phones", "organisation", "title", "city", "addresses", "tags",
        "birthday", "howWeMet", "introducedBy", "notes", "needs", "offers", "profileUrl", "circle", "cadenceOverride",
        "archived", "knownSince", "createdAt", "updatedAt", "photo"})
    record ContactDto(long id, String firstName, String lastName, List<String> emails, List<String> phones,
            String organisation, String title, String city, List<String> tags, String birthday, String howWeMet,
            Long introducedBy, String notes, String needs, String offers, String profileUrl, Circle circle,
            Integer cadenceOverride, boolean archived, LocalDate knownSince, Instant createdAt, Instant updatedAt,
            String formattedName, String middleName, String namePrefix, String nameSuffix,
            List<AddressDto> addresses, PhotoDto photo) {

        static ContactDto of(Contact c, long id, Long introducedBy) {
            return new ContactDto(id, c.firstName(), c.lastName(), c.emails(), c.phones(), c.organisation(), c.title(),
                    c.city(), c.tags(), c.birthday() == null ? null : c.birthday().toString(), c.howWeMet(),
                    introducedBy, c.notes(), c.needs(), c.offers(), c.profileUrl(), c.circle(), c.cadenceOverride(),
                    c.archived(), c.knownSince(), c.createdAt(), c.updatedAt(), orNull(c.formattedName()),
                    orNull(c.middleName()), orNull(c.namePrefix()), orNull(c.nameSuffix()),
                    c.addresses().isEmpty() ? null : c.addresses().stream().map(AddressDto::of).toList(),
                    PhotoDto.of(c.photo()));
        }

        private static String orNull(String s) {
            return s.isEmpty() ? null : s;
        }

        /**
         * The domain contact, without an id; its introducer is still the backup's id, mapped when
         * stored. Validation errors propagate.
         */
        Contact toDraft() {
            if (circle == null) {
                throw new app.orbit.domain.ValidationException("circle", "import.error.json.missing", "circle");
            }
            if (knownSince == null) {
                throw new app.orbit.domain.ValidationException("knownSince", "import.error.json.missing",
                        "knownSince");
            }
            Instant created = createdAt == null ? updatedAt : createdAt;
            return Contact.builder()
                    .firstName(firstName).lastName(lastName)
                    .emails(emails == null ? List.of() : emails)
                    .phones(phones == null ? List.of() : phones)
                    .organisation(organisation).title(title).city(city)
                    .tags(tags == null ? List.of() : tags)
                    .birthday(birthday == null || birthday.isBlank() ? null : Birthday.parse(birthday))
                    .howWeMet(howWeMet).introducedById(introducedBy).notes(notes).needs(needs).offers(offers).profileUrl(profileUrl)
                    .circle(circle).cadenceOverride(cadenceOverride).archived(archived)
                    .knownSince(knownSince).createdAt(created).updatedAt(updatedAt == null ? created : updatedAt)
                    .formattedName(formattedName).middleName(middleName).namePrefix(namePrefix).nameSuffix(nameSuffix)
                    .addresses(addresses == null ? List.of() : addresses.stream().map(AddressDto::toDomain).toList())
                    .photo(photo == null ? null : photo.toDomain())
                    .build();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "date", "kind", "participants", "summary", "notes", "exchange", "followUp",
        "createdAt", "updatedAt"})
    record InteractionDto(long id, LocalDate date, InteractionKind kind, List<Long> participants, String summary,
            String notes, Exchange exchange, FollowUpDto followUp, Instant createdAt, Instant updatedAt) {

        static InteractionDto of(Interaction i, long id, LongUnaryOperator contactIds) {
            return new InteractionDto(id, i.date(), i.kind(),
                    i.participantIds().stream().map(contactIds::applyAsLong).toList(), i.summary(), i.notes(),
                    i.exchange(), i.followUp() == null ? null : FollowUpDto.of(i.followUp(), contactIds),
                    i.createdAt(), i.updatedAt());
        }

        /**
         * The domain interaction with the given participants, {@code participants} mapped one for
         * one (the promise's recipients are mapped the same way); validation errors propagate.
         */
        Interaction toDraft(List<Long> mappedParticipants) {
            Instant created = createdAt == null ? updatedAt : createdAt;
            return new Interaction(null, date, kind, mappedParticipants, summary, notes, exchange,
                    followUp == null ? null : followUp.toDomain(participants, mappedParticipants), created,
                    updatedAt == null ? created : updatedAt);
        }
    }

    /**
     * A promise and, by their ids in the backup, whom it was made to. Backups written before Orbit
     * asked have no {@code to}: the promise went to every participant then, and still does.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"due", "promise", "done", "to"})
    record FollowUpDto(LocalDate due, String promise, boolean done, List<Long> to) {

        static FollowUpDto of(FollowUp f, LongUnaryOperator contactIds) {
            return new FollowUpDto(f.due(), f.promise(), f.done(), f.to().stream().map(contactIds::applyAsLong)
                    .toList());
        }

        /** {@code participants} are the backup's ids, {@code mapped} the ids they became, in the same order. */
        FollowUp toDomain(List<Long> participants, List<Long> mapped) {
            if (to == null) {
                return new FollowUp(due, promise, done, mapped);
            }
            List<Long> recipients = new java.util.ArrayList<>(to.size());
            for (Long id : to) {
                int k = participants == null ? -1 : participants.indexOf(id);
                if (k < 0) {
                    throw new app.orbit.domain.ValidationException("followUpTo", "import.error.json.promiseTo", id);
                }
                recipients.add(mapped.get(k));
            }
            return new FollowUp(due, promise, done, recipients);
        }
    }

    /** A promise in one person's export: whom it was made to, by name. */
    @JsonPropertyOrder({"due", "promise", "done", "to"})
    record PersonFollowUpDto(LocalDate due, String promise, boolean done, List<String> to) {
    }
}
