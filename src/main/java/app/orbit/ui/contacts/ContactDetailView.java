package app.orbit.ui.contacts;

import app.orbit.domain.Audience;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.Reciprocity;
import app.orbit.service.ContactDetails;
import app.orbit.service.PlanWording;
import app.orbit.service.Messages;
import app.orbit.ui.common.Chips;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The right-hand pane of the contacts screen: one contact's fields, needs and offers, and timeline. */
public final class ContactDetailView extends ScrollPane {

    /** What the pane's buttons do; the contacts view supplies them. */
    public record Actions(Consumer<Contact> edit, Consumer<Contact> log, Consumer<Contact> toggleArchive,
            Consumer<Contact> delete, Consumer<Interaction> editInteraction, Consumer<Interaction> deleteInteraction,
            Consumer<Contact> exportData, Consumer<Contact> erase) {
    }

    private final Messages messages;
    private final Actions actions;
    private final DateTimeFormatter dates;

    public ContactDetailView(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        setId("contactDetail");
        setFitToWidth(true);
        getStyleClass().add("detail-pane");
        show(null, null);
    }

    public void show(ContactDetails d, Reciprocity reciprocity) {
        if (d == null) {
            Label empty = new Label(messages.get("contact.detail.none"));
            empty.getStyleClass().add(Styles.TEXT_MUTED);
            empty.setWrapText(true);
            VBox box = new VBox(empty);
            box.setPadding(new Insets(24));
            setContent(box);
            shownId = null;
            return;
        }
        Contact c = d.contact();
        VBox box = new VBox(14);
        box.setPadding(new Insets(20, 24, 24, 24));
        box.setMinWidth(0);

        Label name = new Label(c.displayName());
        name.setId("detailName");
        name.getStyleClass().add(Styles.TITLE_2);
        name.setWrapText(true);
        String role = List.of(c.title(), c.organisation()).stream().filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" · "));
        Label sub = new Label(role);
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        sub.setWrapText(true);
        // The timeline holds every interaction (up to its limit): empty means nothing was ever logged.
        boolean touched = !d.timeline().isEmpty();
        HBox chips = new HBox(6, Chips.staleness(d.staleness(), touched, messages), Chips.circle(c.circle(), messages));
        if (c.archived()) {
            Label archived = new Label(messages.get("contact.archived"));
            archived.getStyleClass().addAll("chip", "chip-archived");
            chips.getChildren().add(archived);
        }
        Label reason = new Label(Chips.reason(d.staleness(), touched, messages));
        reason.setId("detailReason");
        reason.getStyleClass().add(Styles.TEXT_SMALL);
        reason.setWrapText(true);

        Button edit = new Button(messages.get("button.edit"), new FontIcon(Feather.EDIT_2));
        edit.setId("editContact");
        edit.setOnAction(e -> actions.edit().accept(c));
        Button log = new Button(messages.get("button.logTouch"), new FontIcon(Feather.PLUS_CIRCLE));
        log.setId("logWithContact");
        log.getStyleClass().add(Styles.ACCENT);
        log.setOnAction(e -> actions.log().accept(c));
        MenuItem archive = new MenuItem(messages.get(c.archived() ? "button.unarchive" : "button.archive"));
        archive.setId("archiveContact");
        archive.setOnAction(e -> actions.toggleArchive().accept(c));
        MenuItem delete = new MenuItem(messages.get("button.delete"));
        delete.setId("deleteContact");
        delete.setOnAction(e -> actions.delete().accept(c));
        MenuItem exportData = new MenuItem(messages.get("files.personal.export"), new FontIcon(Feather.SHARE));
        exportData.setId("exportContactData");
        exportData.setOnAction(e -> actions.exportData().accept(c));
        MenuItem erase = new MenuItem(messages.get("files.erase.menu"), new FontIcon(Feather.TRASH_2));
        erase.setId("eraseContact");
        erase.getStyleClass().add(Styles.DANGER);
        erase.setOnAction(e -> actions.erase().accept(c));
        MenuButton more = new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), archive, delete,
                new javafx.scene.control.SeparatorMenuItem(), exportData, erase);
        more.setId("moreActions");
        more.getStyleClass().addAll(Styles.FLAT, atlantafx.base.theme.Tweaks.NO_ARROW);
        // A narrow pane (French, 1024 pixels) puts the buttons on two lines rather than cut their words.
        log.setMinWidth(Region.USE_PREF_SIZE);
        edit.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 8, log, edit, more);

        VBox heading = new VBox(4, name, sub);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(14, heading);
        if (c.photo() != null) {
            top.getChildren().add(0, photo(c));
        }
        box.getChildren().addAll(top, chips, reason, buttons, fields(d));
        if (reciprocity != null) {
            box.getChildren().add(reciprocity(reciprocity));
        }
        section(box, "contact.field.needs", c.needs(), "detailNeeds");
        section(box, "contact.field.offers", c.offers(), "detailOffers");
        section(box, "contact.field.notes", c.notes(), "detailNotes");
        box.getChildren().add(timeline(d));
        // Another person opens at the top; the same one, reloaded after a change, stays where the reader was.
        boolean another = shownId == null || shownId != c.id();
        double at = getVvalue();
        setContent(box);
        setVvalue(another ? 0 : at);
        shownId = c.id();
    }

    /** The contact on show, to tell a reload from another person. */
    private Long shownId;

    private GridPane fields(ContactDetails d) {
        Contact c = d.contact();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setMinWidth(0);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(), values);
        int row = 0;
        if (!c.emails().isEmpty()) {
            Label k = new Label(messages.get("contact.field.emails"));
            k.getStyleClass().add(Styles.TEXT_MUTED);
            k.setMinWidth(Region.USE_PREF_SIZE);
            VBox emails = new VBox(2);
            emails.setId("detailEmails");
            emails.setMinWidth(0);
            c.emails().forEach(e -> emails.getChildren().add(address(e)));
            grid.addRow(row++, k, emails);
        }
        row = field(grid, row, "contact.field.phones", String.join(", ", c.phones()));
        row = field(grid, row, "contact.field.city", c.city());
        row = field(grid, row, "contact.detail.addresses", c.addresses().stream()
                .map(a -> (a.label().isEmpty() ? "" : a.label() + " — ") + String.join(", ", a.lines()))
                .collect(Collectors.joining("\n")));
        row = field(grid, row, "contact.field.birthday", c.birthday() == null ? "" : c.birthday().year() == null
                ? DateTimeFormatter.ofPattern("d MMMM", messages.locale()).format(c.birthday().monthDay())
                : dates.format(c.birthday().monthDay().atYear(c.birthday().year())));
        row = field(grid, row, "contact.field.tags", c.tags().stream().map(t -> "#" + t)
                .collect(Collectors.joining("  ")));
        row = field(grid, row, "contact.field.howWeMet", c.howWeMet());
        row = field(grid, row, "contact.field.introducedBy", d.introducer() == null ? ""
                : d.introducer().displayName());
        row = field(grid, row, "contact.field.knownSince", c.knownSince() == null ? "" : dates.format(c.knownSince()));
        field(grid, row, "contact.detail.cadence", d.staleness().cadenceDays().isPresent()
                ? messages.get(c.cadenceOverride() == null ? "contact.cadence.circle" : "contact.cadence.override",
                        d.staleness().cadenceDays().getAsInt())
                : messages.get("contact.cadence.none"));
        return grid;
    }

    /**
     * The person's picture, decoded here: at most 256 KB (Photo.MAX_BYTES), scaled down as it is
     * read, so a few milliseconds on the JavaFX thread. One that does not decode shows nothing.
     */
    private javafx.scene.Node photo(Contact c) {
        javafx.scene.image.Image image = new javafx.scene.image.Image(
                new java.io.ByteArrayInputStream(c.photo().bytes()), 72, 72, true, true);
        javafx.scene.image.ImageView view = new javafx.scene.image.ImageView(image);
        view.setId("detailPhoto");
        view.setFitWidth(72);
        view.setFitHeight(72);
        view.setPreserveRatio(true);
        view.setVisible(!image.isError());
        view.setAccessibleText(messages.get("contact.detail.photo", c.displayName()));
        return view;
    }

    /**
     * An email address that wraps, when the pane is narrow, only after its "@" and its dots (a
     * zero-width space there is where a line may break), never mid-word; the whole address in a tip.
     */
    private static Label address(String email) {
        Label label = new Label(email.replaceAll("([@.])", "$1\u200B"));
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setTooltip(new javafx.scene.control.Tooltip(email));
        label.setAccessibleText(email);
        return label;
    }

    private int field(GridPane grid, int row, String key, String value) {
        if (value == null || value.isBlank()) {
            return row;
        }
        Label k = new Label(messages.get(key));
        k.getStyleClass().add(Styles.TEXT_MUTED);
        k.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        v.setMinWidth(0);
        grid.addRow(row, k, v);
        return row + 1;
    }

    private VBox reciprocity(Reciprocity r) {
        PlanWording wording = new PlanWording(messages);
        Label title = new Label(messages.get("contact.reciprocity"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label counts = new Label(wording.reciprocity(r));
        counts.setId("detailReciprocity");
        counts.setWrapText(true);
        Label rule = new Label(wording.giveFirstRule(r));
        rule.setWrapText(true);
        rule.getStyleClass().add(r.canAsk() ? "can-ask" : "give-first-text");
        return new VBox(4, title, counts, rule);
    }

    private void section(VBox box, String key, String text, String id) {
        if (text == null || text.isBlank()) {
            return;
        }
        Label title = new Label(messages.get(key));
        title.getStyleClass().add(Styles.TITLE_4);
        Label body = new Label(text);
        body.setId(id);
        body.setWrapText(true);
        box.getChildren().add(new VBox(4, title, body));
    }

    /** "everyone tagged #clients", "everyone in the Network circle", "the people chosen". */
    private String audience(Audience a) {
        return a.kind() == Audience.Kind.CIRCLE ? messages.get("audience.CIRCLE", messages.of("circle", a.circle()))
                : messages.get("audience." + a.kind().name(), a.name());
    }

    private VBox timeline(ContactDetails d) {
        Label title = new Label(messages.get("contact.timeline", d.timeline().size()));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox list = new VBox(8);
        list.setId("timeline");
        list.setMinWidth(0);
        if (d.timeline().isEmpty()) {
            Label none = new Label(messages.get("contact.timeline.empty"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(none);
        }
        Map<Long, ContactSummary> people = d.peopleById();
        for (Interaction i : d.timeline()) {
            list.getChildren().add(entry(i, d, people));
        }
        return new VBox(8, title, list);
    }

    private VBox entry(Interaction i, ContactDetails d, Map<Long, ContactSummary> people) {
        Contact contact = d.contact();
        long self = contact.id();
        // A one-to-many touch reads "Newsletter to 1,240 people".
        Label when = new Label(dates.format(i.date()) + " · " + (i.isOneToMany()
                ? messages.get("contact.timeline.toMany", messages.of("kind", i.kind()), i.audience().size())
                : messages.of("kind", i.kind())));
        when.getStyleClass().add(Styles.TEXT_BOLD);
        // It wraps rather than push the card wider than the pane and its menu out of sight.
        when.setWrapText(true);
        when.setMinWidth(0);
        HBox head = new HBox(8, when);
        head.setMinWidth(0);
        if (i.exchange() != Exchange.NONE) {
            Label ex = new Label(messages.of("exchange", i.exchange()));
            ex.getStyleClass().addAll("chip", "chip-exchange-" + i.exchange().name().toLowerCase(java.util.Locale.ROOT));
            ex.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(ex);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        MenuItem edit = new MenuItem(messages.get("button.edit"));
        edit.setOnAction(e -> actions.editInteraction().accept(i));
        MenuItem delete = new MenuItem(messages.get("button.delete"));
        delete.setOnAction(e -> actions.deleteInteraction().accept(i));
        // A one-to-many touch is deleted, not edited: its history card holds one of its thousands of people.
        MenuButton more = i.isOneToMany() ? new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), delete)
                : new MenuButton(null, new FontIcon(Feather.MORE_HORIZONTAL), edit, delete);
        more.getStyleClass().addAll(Styles.FLAT, Styles.SMALL, atlantafx.base.theme.Tweaks.NO_ARROW);
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setId("interactionMenu-" + i.id());
        head.getChildren().addAll(spacer, more);
        VBox box = new VBox(2, head);
        box.setMinWidth(0);
        box.getStyleClass().add("timeline-entry");
        if (!i.summary().isEmpty()) {
            Label s = new Label(i.summary());
            s.setWrapText(true);
            box.getChildren().add(s);
        }
        if (i.isOneToMany()) {
            box.getStyleClass().add("timeline-entry-to-many");
            Label to = new Label(messages.get(Audience.countsFor(contact.circle()) ? "contact.timeline.toMany.counted"
                    : "contact.timeline.toMany.notCounted", audience(i.audience())));
            to.getStyleClass().add(Styles.TEXT_MUTED);
            to.setWrapText(true);
            box.getChildren().add(to);
        }
        List<String> others = i.participantIds().stream().filter(id -> id != self).map(people::get)
                .filter(p -> p != null).map(ContactSummary::displayName).toList();
        if (!others.isEmpty()) {
            Label with = new Label(messages.get("contact.timeline.with", String.join(", ", others)));
            with.getStyleClass().add(Styles.TEXT_MUTED);
            with.setWrapText(true);
            box.getChildren().add(with);
        }
        d.loggedBy(i).ifPresent(name -> {
            Label by = new Label(messages.get("contact.timeline.loggedBy", name));
            by.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            by.setId("loggedBy-" + i.id());
            box.getChildren().add(by);
        });
        if (!i.notes().isEmpty()) {
            Label n = new Label(i.notes());
            n.setWrapText(true);
            n.getStyleClass().add(Styles.TEXT_SMALL);
            box.getChildren().add(n);
        }
        if (i.followUp() != null) {
            // With several people there, say whom it was promised to: not necessarily this person.
            List<String> to = i.followUp().to().stream().map(people::get).filter(p -> p != null)
                    .map(ContactSummary::displayName).toList();
            Label f = new Label(i.participantIds().size() > 1 && !to.isEmpty()
                    ? messages.get("contact.timeline.followUp.to", dates.format(i.followUp().due()),
                            i.followUp().promise(), String.join(", ", to))
                    : messages.get("contact.timeline.followUp", dates.format(i.followUp().due()),
                            i.followUp().promise()));
            f.setGraphic(new FontIcon(Feather.FLAG));
            f.setWrapText(true);
            box.getChildren().add(f);
        }
        return box;
    }
}
