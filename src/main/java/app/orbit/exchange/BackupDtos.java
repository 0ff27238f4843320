package app.orbit.exchange;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
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
    @JsonPropertyOrder({"formatVersion", "application", "contacts", "interactions", "settings"})
    record BackupDto(Integer formatVersion, String application, List<ContactDto> contacts,
            List<InteractionDto> interactions, Map<String, String> settings) {
    }

    /** What Orbit holds about one person: the answer to "what do you have on me?". */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"formatVersion", "application", "contact", "introducedBy", "interactions"})
    record PersonDto(int formatVersion, String application, ContactDto contact, String introducedBy,
            List<InteractionDto> interactions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "firstName", "lastName", "emails", "phones", "organisation", "title", "city", "tags",
        "birthday", "howWeMet", "introducedBy", "notes", "needs", "offers", "profileUrl", "circle", "cadenceOverride",
        "archived", "knownSince", "createdAt", "updatedAt"})
    record ContactDto(long id, String firstName, String lastName, List<String> emails, List<String> phones,
            String organisation, String title, String city, List<String> tags, String birthday, String howWeMet,
            Long introducedBy, String notes, String needs, String offers, String profileUrl, Circle circle,
            Integer cadenceOverride, boolean archived, LocalDate knownSince, Instant createdAt, Instant updatedAt) {

        static ContactDto of(Contact c, long id, Long introducedBy) {
            return new ContactDto(id, c.firstName(), c.lastName(), c.emails(), c.phones(), c.organisation(), c.title(),
                    c.city(), c.tags(), c.birthday() == null ? null : c.birthday().toString(), c.howWeMet(),
                    introducedBy, c.notes(), c.needs(), c.offers(), c.profileUrl(), c.circle(), c.cadenceOverride(),
                    c.archived(), c.knownSince(), c.createdAt(), c.updatedAt());
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
                    i.exchange(), i.followUp() == null ? null : FollowUpDto.of(i.followUp()), i.createdAt(),
                    i.updatedAt());
        }

        /** The domain interaction with the given (already mapped) participants; validation errors propagate. */
        Interaction toDraft(List<Long> mappedParticipants) {
            Instant created = createdAt == null ? updatedAt : createdAt;
            return new Interaction(null, date, kind, mappedParticipants, summary, notes, exchange,
                    followUp == null ? null : followUp.toDomain(), created, updatedAt == null ? created : updatedAt);
        }
    }

    @JsonPropertyOrder({"due", "promise", "done"})
    record FollowUpDto(LocalDate due, String promise, boolean done) {

        static FollowUpDto of(FollowUp f) {
            return new FollowUpDto(f.due(), f.promise(), f.done());
        }

        FollowUp toDomain() {
            return new FollowUp(due, promise, done);
        }
    }
}
