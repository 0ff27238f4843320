package app.orbit.exchange;

import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.OrbitException;
import app.orbit.service.ContactService;
import app.orbit.service.Messages;
import app.orbit.service.PlanOnDay;
import app.orbit.service.PlanService;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Takes data out of Orbit in open formats: the JSON backup, contacts as vCard 4.0 or CSV (all,
 * or those of a filter), and calendars (this week's reconnect list, birthdays) as ICS. Writes to a
 * stream, or to a file that appears whole or not at all.
 */
public final class ExportService {

    private static final int CHUNK = 1000;

    private final ContactService contacts;
    private final PlanService planner;
    private final JsonBackup json;
    private final Supplier<Messages> messages;
    private final Clock clock;

    public ExportService(ContactService contacts, PlanService planner, JsonBackup json,
            Supplier<Messages> messages, Clock clock) {
        this.contacts = contacts;
        this.planner = planner;
        this.json = json;
        this.messages = messages;
        this.clock = clock;
    }

    /** Writes an export to {@code out}, which is left open. */
    public void export(ExportFormat format, ContactFilter filter, OutputStream out, Progress progress) {
        try {
            switch (format) {
                case JSON -> json.exportAll(out, progress);
                case VCARD -> VCardExport.write(contacts(filter, progress), out);
                case CSV -> CsvExport.write(contacts(filter, progress), out);
                case ICS -> calendars().write(week(), birthdays(), out);
                case ICS_WEEK -> calendars().write(week(), List.of(), out);
                case ICS_BIRTHDAYS -> calendars().write(null, birthdays(), out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes an export to a file: first to a temporary file beside it, then moved into place, so
     * an interrupted export never leaves half a file under the chosen name.
     */
    public void exportTo(ExportFormat format, ContactFilter filter, Path destination, Progress progress) {
        Path target = destination.toAbsolutePath();
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".orbit-export-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                export(format, filter, out, progress);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new OrbitException(e, "export.error.write", target, e.getMessage());
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // The export itself succeeded or failed already; a stray temporary file is harmless.
                }
            }
        }
    }

    /** Contacts of a filter, in the order of the list (by name). */
    List<Contact> contacts(ContactFilter filter, Progress progress) {
        List<ContactSummary> summaries = contacts.search(filter.query(), filter.includeArchived(), Integer.MAX_VALUE);
        List<Contact> out = new ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i += CHUNK) {
            progress.checkCancelled();
            List<Long> ids = summaries.subList(i, Math.min(summaries.size(), i + CHUNK)).stream()
                    .map(ContactSummary::id).toList();
            Map<Long, Contact> byId = new HashMap<>();
            contacts.getAll(ids).forEach(c -> byId.put(c.id(), c));
            ids.forEach(id -> {
                Contact c = byId.get(id);
                if (c != null) {
                    out.add(c);
                }
            });
            progress.update(out.size(), summaries.size());
        }
        return out;
    }

    /** This week's plan (made and kept when it does not exist yet, as opening the week does). */
    private PlanOnDay week() {
        return planner.thisWeek();
    }

    private List<Contact> birthdays() {
        return contacts(ContactFilter.ALL, Progress.NONE).stream()
                .filter(c -> c.birthday() != null && !c.archived()).toList();
    }

    private CalendarExport calendars() {
        return new CalendarExport(messages.get(), clock, LocalDate.now(clock));
    }
}
