package app.orbit.cli;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.domain.Staleness;
import app.orbit.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit contacts list|add}. */
@Command(name = "contacts", mixinStandardHelpOptions = true, description = "List or add contacts.",
        subcommands = {ContactsCommand.ListContacts.class, ContactsCommand.AddContact.class})
final class ContactsCommand {

    /** One contact in a listing, as JSON. */
    record ContactRow(long id, String name, String organisation, String title, Circle circle, LocalDate lastTouch,
            String status, String reason) {
    }

    static ContactRow row(OrbitCommand root, ContactSummary c, Staleness s) {
        return new ContactRow(c.id(), c.displayName(), c.organisation(), c.title(), c.circle(), c.lastTouch(),
                s.level().name(), root.text(s.reasonKey(), s.reasonArgs()));
    }

    static void print(OrbitCommand root, List<ContactRow> rows, OrbitCommand.Format format) {
        if (format == OrbitCommand.Format.JSON) {
            root.printJson(rows);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (ContactRow r : rows) {
            cells.add(OrbitCommand.row(r.id(), r.name(), r.organisation(), root.text("circle." + r.circle().name()),
                    r.lastTouch(), root.text("staleness." + r.status()), r.reason()));
        }
        root.printTable(List.of("cli.column.id", "cli.column.name", "cli.column.organisation", "cli.column.circle",
                "cli.column.lastTouch", "cli.column.status", "cli.column.reason"), cells);
    }

    /** {@code orbit contacts list [--due] [--search TEXT] [--format table|json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List contacts, by name.")
    static final class ListContacts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--due", description = "Only those due this week, most urgent first.")
        boolean due;

        @Option(names = "--search", paramLabel = "TEXT", description = "Only those matching every word.")
        String search;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
                description = "Output format: ${COMPLETION-CANDIDATES}.")
        OrbitCommand.Format format;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                List<ContactRow> rows = new ArrayList<>();
                if (due) {
                    java.util.Set<Long> matching = search == null ? null : new java.util.HashSet<>(ctx.contacts()
                            .search(search, false, Integer.MAX_VALUE).stream().map(ContactSummary::id).toList());
                    for (DueEntry e : ctx.dueList().dueThisWeek()) {
                        if (matching == null || matching.contains(e.contact().id())) {
                            rows.add(row(root, e.contact(), e.staleness()));
                        }
                    }
                } else {
                    for (ContactSummary c : ctx.contacts().search(search, false, Integer.MAX_VALUE)) {
                        rows.add(row(root, c, ctx.contacts().staleness(c)));
                    }
                }
                print(root, rows, format);
            }
            return 0;
        }
    }

    /** {@code orbit contacts add --name NAME …}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a contact.")
    static final class AddContact implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "Full name; the first word is the first name.")
        String name;

        @Option(names = "--email", paramLabel = "E", description = "An email address (repeatable).")
        List<String> emails = new ArrayList<>();

        @Option(names = "--phone", paramLabel = "P", description = "A phone number (repeatable).")
        List<String> phones = new ArrayList<>();

        @Option(names = "--org", paramLabel = "O", description = "Organisation.")
        String organisation = "";

        @Option(names = "--title", paramLabel = "T", description = "Job title.")
        String title = "";

        @Option(names = "--circle", paramLabel = "C", defaultValue = "NETWORK",
                description = "How close: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        Circle circle;

        @Option(names = "--cadence", paramLabel = "DAYS", description = "Reconnect every DAYS days (overrides the circle's).")
        Integer cadence;

        @Option(names = "--tags", paramLabel = "a,b", split = ",", description = "Tags, comma-separated.")
        List<String> tags = new ArrayList<>();

        @Option(names = "--needs", paramLabel = "TEXT", description = "What they are looking for.")
        String needs = "";

        @Option(names = "--offers", paramLabel = "TEXT", description = "What they can help others with.")
        String offers = "";

        @Option(names = "--birthday", paramLabel = "YYYY-MM-DD|--MM-DD", description = "Birthday, with or without the year.")
        String birthday;

        @Option(names = "--known-since", paramLabel = "YYYY-MM-DD", description = "When you met (default today).")
        LocalDate knownSince;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            String n = name.strip();
            int space = n.indexOf(' ');
            Contact draft = Contact.builder()
                    .firstName(space < 0 ? n : n.substring(0, space))
                    .lastName(space < 0 ? "" : n.substring(space + 1))
                    .emails(emails).phones(phones).organisation(organisation).title(title).circle(circle)
                    .cadenceOverride(cadence).tags(tags).needs(needs).offers(offers)
                    .birthday(birthday == null ? null : Birthday.parse(birthday))
                    .knownSince(knownSince)
                    .build();
            try (CliContext ctx = root.open()) {
                if (knownSince != null && knownSince.isAfter(ctx.today())) {
                    throw new ValidationException("knownSince", "cli.contacts.knownSince.future", knownSince);
                }
                Contact stored = ctx.contacts().create(draft);
                root.println(root.text("cli.contacts.added", stored.displayName(), stored.id()));
            }
            return 0;
        }
    }
}
