package app.orbit.cli;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.domain.Staleness;
import app.orbit.domain.UnsortedContact;
import app.orbit.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code orbit contacts list|add|sort}. */
@Command(name = "contacts", mixinStandardHelpOptions = true, description = "List, add or sort contacts.")
final class ContactsCommand {

    /** One contact in a listing, as JSON; {@code touched} is false when no interaction was ever logged. */
    record ContactRow(long id, String name, String organisation, String title, Circle circle, LocalDate lastTouch,
            boolean touched, String status, String reason) {
    }

    static ContactRow row(OrbitCommand root, ContactSummary c, Staleness s, boolean touched) {
        return new ContactRow(c.id(), c.displayName(), c.organisation(), c.title(), c.circle(), c.lastTouch(),
                touched, s.level().name(), root.text(s.reasonKey(touched), s.reasonArgs()));
    }

    static void print(OrbitCommand root, List<ContactRow> rows, OrbitCommand.Format format) {
        if (format == OrbitCommand.Format.JSON) {
            root.printJson(rows);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (ContactRow r : rows) {
            cells.add(OrbitCommand.row(r.id(), r.name(), r.organisation(), root.text("circle." + r.circle().name()),
                    r.touched() ? r.lastTouch() : root.text("contacts.lastTouch.never"),
                    root.text("staleness." + r.status()), r.reason()));
        }
        root.printTable(List.of("cli.column.id", "cli.column.name", "cli.column.organisation", "cli.column.circle",
                "cli.column.lastTouch", "cli.column.status", "cli.column.reason"), cells);
    }

    /** One person not sorted yet, as {@code contacts list --unsorted} shows them. */
    record UnsortedRow(long id, String name, String organisation, String title, List<String> tags,
            LocalDate knownSince) {

        static UnsortedRow of(UnsortedContact c) {
            return new UnsortedRow(c.id(), c.displayName(), c.organisation(), c.title(), c.tags(), c.knownSince());
        }
    }

    static void printUnsorted(OrbitCommand root, List<UnsortedRow> rows, OrbitCommand.Format format) {
        if (format == OrbitCommand.Format.JSON) {
            root.printJson(rows);
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        for (UnsortedRow r : rows) {
            cells.add(OrbitCommand.row(r.id(), r.name(), r.organisation(), r.title(), String.join(", ", r.tags()),
                    r.knownSince()));
        }
        root.printTable(List.of("cli.column.id", "cli.column.name", "cli.column.organisation", "cli.column.title",
                "cli.column.tags", "cli.column.knownSince"), cells);
    }

    /** {@code orbit contacts list [--due | --unsorted] [--search TEXT] [--format table|json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List contacts, by name.")
    static final class ListContacts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--due", description = "Only those due this week, most urgent first.")
        boolean due;

        @Option(names = "--unsorted", description = "Only the people not sorted yet (imported, in no circle), "
                + "with their title, tags and known-since date.")
        boolean unsorted;

        @Option(names = "--search", paramLabel = "TEXT", description = "Only those matching every word.")
        String search;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
                description = "Output format: ${COMPLETION-CANDIDATES}.")
        OrbitCommand.Format format;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            if (due && unsorted) {
                throw new ParameterException(spec.commandLine(), root.text("cli.contacts.list.dueOrUnsorted"));
            }
            try (CliContext ctx = root.open()) {
                Set<Long> matching = search == null ? null : new HashSet<>(ctx.contacts()
                        .search(search, false, Integer.MAX_VALUE).stream().map(ContactSummary::id).toList());
                if (unsorted) {
                    List<UnsortedRow> rows = ctx.contacts().unsorted().stream()
                            .filter(c -> matching == null || matching.contains(c.id())).map(UnsortedRow::of).toList();
                    printUnsorted(root, rows, format);
                    return 0;
                }
                List<ContactSummary> people = new ArrayList<>();
                List<Staleness> staleness = new ArrayList<>();
                if (due) {
                    for (DueEntry e : ctx.dueList().dueThisWeek()) {
                        if (matching == null || matching.contains(e.contact().id())) {
                            people.add(e.contact());
                            staleness.add(e.staleness());
                        }
                    }
                } else {
                    for (ContactSummary c : ctx.contacts().search(search, false, Integer.MAX_VALUE)) {
                        people.add(c);
                        staleness.add(ctx.contacts().staleness(c));
                    }
                }
                Set<Long> touched = ctx.contacts().touched(people.stream().map(ContactSummary::id).toList());
                List<ContactRow> rows = new ArrayList<>();
                for (int i = 0; i < people.size(); i++) {
                    rows.add(row(root, people.get(i), staleness.get(i), touched.contains(people.get(i).id())));
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
                    throw new ValidationException("knownSince", "cli.contacts.knownSince.future", knownSince.toString());
                }
                Contact stored = ctx.contacts().create(draft);
                root.println(root.text("cli.contacts.added", stored.displayName(), stored.id()));
            }
            return 0;
        }
    }

    /** {@code orbit contacts sort --circle C (--ids 1,2,3 | --org TEXT | --tag T | --all-unsorted)}. */
    @Command(name = "sort", mixinStandardHelpOptions = true,
            description = "Put people in a circle: these ids, or the people not sorted yet of an organisation, "
                    + "with a tag, or all of them. All in one go, or none if an id is unknown.")
    static final class SortContacts implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--circle", required = true, paramLabel = "C",
                description = "The circle: INNER, CLOSE, NETWORK, OUTER or DORMANT.")
        Circle circle;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Who who;

        /** Whom to sort: exactly one of these. */
        static final class Who {
            @Option(names = "--ids", paramLabel = "1,2,3", split = ",", description = "These contacts, by id.")
            List<Long> ids;

            @Option(names = "--org", paramLabel = "TEXT",
                    description = "The people not sorted yet whose organisation contains TEXT (accents and case aside).")
            String organisation;

            @Option(names = "--tag", paramLabel = "T", description = "The people not sorted yet with this tag.")
            String tag;

            @Option(names = "--all-unsorted", description = "Every person not sorted yet.")
            boolean allUnsorted;
        }

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                List<Long> ids;
                if (who.ids != null) {
                    ids = who.ids;
                } else {
                    Predicate<UnsortedContact> wanted = who.organisation != null
                            ? c -> c.organisationContains(who.organisation)
                            : who.tag != null ? c -> c.hasTag(who.tag) : c -> true;
                    ids = ctx.contacts().unsorted().stream().filter(wanted).map(UnsortedContact::id).toList();
                }
                ctx.contacts().sort(ids, circle);
                root.println(root.text("cli.contacts.sorted", (long) new HashSet<>(ids).size(),
                        root.text("circle." + circle.name())));
            }
            return 0;
        }
    }
}
