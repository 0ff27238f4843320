package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.exchange.ExportFormat;
import app.orbit.service.Backup;
import app.orbit.ui.files.ImportViewModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import, erase and backups through the real window (the file chooser is the only part bypassed). */
class FilesJourneyTest extends OrbitUiTest {

    private static final String HEADER = "Notes:\n\"When exporting your connection data, you may notice that some "
            + "of the email addresses are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,"
            + "Connected On\n";

    @TempDir
    Path files;
    private long aliceId;
    private long brunoId;

    @Override
    void prepare(Orbit orbit) {
        Contact alice = orbit.contacts().create(person("Alice", "Martin").emails(List.of("alice@example.com")).build());
        Contact bruno = orbit.contacts().create(person("Bruno", "Keller").build());
        aliceId = alice.id();
        brunoId = bruno.id();
        orbit.interactions().log(Interaction.of(TODAY.minusDays(3), InteractionKind.CALL, List.of(bruno.id()),
                "Call about the move", "", Exchange.NONE, null));
        orbit.interactions().log(Interaction.of(TODAY.minusDays(2), InteractionKind.MEETING,
                List.of(alice.id(), bruno.id()), "Lunch together", "", Exchange.NONE, null));
    }

    private Path write(String name, String text) throws Exception {
        Path p = files.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ImportViewModel startImport(Path file) {
        await(() -> showing("#weekView") || showing("#contactsView"));
        clickOn("#navContacts");
        await(() -> showing("#contactsView"));
        interact(() -> app.window().files().importFiles(List.of(file)));
        return app.window().files().lastImport();
    }

    @Test
    void quit_fromTheFileMenu_closesTheWindow() {
        javafx.stage.Window window = lookup("#mainWindow").query().getScene().getWindow();

        clickOn("#fileMenu").clickOn("#fileQuit");

        await(() -> !window.isShowing());
    }

    @Test
    void importPreview_listsTheNewPeople_andThoseUntickedAreNotImported() throws Exception {
        Path csv = write("Connections.csv", HEADER
                + "Amélie,Durand,https://www.linkedin.com/in/amelie-durand,amelie@example.fr,Studio Nord,Designer,"
                + "12 Mar 2024\n"
                + "Chloé,Petit,https://www.linkedin.com/in/chloe-petit,,Petit & Cie,Head of Growth,31 Dec 2021\n"
                + "Bruno,Roy,https://www.linkedin.com/in/bruno-roy,,Roy SA,CEO,02 Feb 2022\n");
        long before = orbit().contacts().count();

        ImportViewModel vm = startImport(csv);

        await(() -> vm.step().get() == ImportViewModel.Step.PREVIEW);
        assertThat(text("#importNew")).isEqualTo("3");
        assertThat(vm.newPeople().stream().map(ImportViewModel.NewPerson::name).toList())
                .containsExactly("Amélie Durand", "Chloé Petit", "Bruno Roy");
        javafx.scene.Node chloe = null;
        for (javafx.scene.Node n : lookup("#importNewPeople .list-cell").queryAll()) {
            javafx.scene.control.ListCell<?> cell = (javafx.scene.control.ListCell<?>) n;
            if ("Chloé Petit".equals(cell.getText())) {
                chloe = cell.getGraphic();
            }
        }
        assertThat(chloe).isNotNull();
        clickOn(chloe);
        await(() -> text("#importNew").equals("2"));
        clickOn("#importConfirm");

        await(() -> vm.step().get() == ImportViewModel.Step.DONE);
        assertThat(text("#importMessage")).contains("2 new");
        assertThat(orbit().contacts().count()).isEqualTo(before + 2);
        assertThat(orbit().contacts().search("Petit", false, 10)).isEmpty();
        assertThat(orbit().contacts().search("Bruno Roy", false, 10)).hasSize(1);
    }

    @Test
    void importLinkedIn_throughTheDialog_previewsThenAddsTheContacts() throws Exception {
        Path csv = write("Connections.csv", HEADER
                + "Amélie,Durand,https://www.linkedin.com/in/amelie-durand,amelie@example.fr,Studio Nord,Designer,"
                + "12 Mar 2024\n"
                + "Alice,Martin,https://www.linkedin.com/in/alice-martin,alice@example.com,Acme,CTO,03 Jan 2023\n"
                + ",,https://www.linkedin.com/in/nobody,,,,05 Feb 2022\n"
                + "Chloé,Petit,https://www.linkedin.com/in/chloe-petit,,\"Petit, Fils & Cie\",\"Head of \"\"Growth\"\"\","
                + "31 Dec 2021\n");

        ImportViewModel vm = startImport(csv);

        await(() -> vm.step().get() == ImportViewModel.Step.PREVIEW);
        assertThat(text("#importNew")).isEqualTo("2");
        assertThat(text("#importMerged")).isEqualTo("1");
        assertThat(text("#importSkipped")).isEqualTo("1");
        assertThat(vm.reasons()).anySatisfy(r -> assertThat(r).contains("Connections.csv").contains("line 7"));
        assertThat(orbit().contacts().count()).as("nothing written before Import").isEqualTo(2);
        assertThat(vm.merges()).singleElement().satisfies(m -> assertThat(m).startsWith("Connections.csv, line ")
                .endsWith(": Alice Martin joins your contact Alice Martin."));
        assertThat(lookup("#importConfirm").query().isFocused()).as("Enter imports").isTrue();

        type(javafx.scene.input.KeyCode.ENTER);

        await(() -> vm.step().get() == ImportViewModel.Step.DONE);
        assertThat(text("#importMessage")).contains("2 new").contains("1 merged");
        clickOn("#importCancel");
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 4);
        assertThat(orbit().contacts().search("Petit", false, 10)).hasSize(1);
        assertThat(orbit().contacts().get(aliceId).organisation()).isEqualTo("Acme");
    }

    @Test
    void importLegacyEncodingThenACardWithAPicture_noticeNamesTheEncodingAndThePaneShowsPictureAndAddress()
            throws Exception {
        Path outlook = files.resolve("outlook.csv");
        Path apple = files.resolve("apple-contacts.vcf");
        for (Path p : List.of(outlook, apple)) {
            try (var in = FilesJourneyTest.class.getResourceAsStream("/import/" + p.getFileName())) {
                Files.write(p, in.readAllBytes());
            }
        }

        ImportViewModel vm = startImport(outlook);

        await(() -> vm.step().get() == ImportViewModel.Step.PREVIEW);
        assertThat(vm.reasons()).first().asString().startsWith("outlook.csv: read as Windows-1252")
                .contains("Mr. François Xavier Müller Jr.");
        clickOn("#importConfirm");
        await(() -> vm.step().get() == ImportViewModel.Step.DONE);
        clickOn("#importCancel");
        ImportViewModel second = startImport(apple);
        await(() -> second.step().get() == ImportViewModel.Step.PREVIEW);
        clickOn("#importConfirm");
        await(() -> second.step().get() == ImportViewModel.Step.DONE);
        clickOn("#importCancel");
        long amelie = orbit().contacts().search("amelie", false, 10).get(0).id();

        interact(() -> app.window().contactsView().show(amelie));

        await(() -> showing("#detailName") && text("#detailName").equals("Dr. Amélie Claire Lefèvre PhD"));
        assertThat(showing("#detailPhoto")).as("the picture").isTrue();
        assertThat(lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().contains("home — 12 rue des Martyrs, Bâtiment B, 75009 Paris, Île-de-France, France"))
                .tryQuery()).isPresent();
    }

    @Test
    void importBadFile_showsWhereItIsWrong_andWritesNothing() throws Exception {
        Path csv = write("Broken.csv", HEADER
                + "Amélie,Durand,https://www.linkedin.com/in/amelie-durand,amelie@example.fr,Studio Nord,Designer,"
                + "12 Mar 2024\n"
                + "Zoé,Roux,https://www.linkedin.com/in/zoe-roux,,Acme,CTO,31 Feb 2024\n");

        ImportViewModel vm = startImport(csv);

        await(() -> vm.step().get() == ImportViewModel.Step.FAILED);
        assertThat(text("#importMessage")).isEqualTo("Broken.csv, line 6: \u201c31 Feb 2024\u201d is not a date.");
        assertThat(lookup("#importConfirm").query().isVisible()).isFalse();
        clickOn("#importCancel");
        assertThat(orbit().contacts().count()).isEqualTo(2);
    }

    @Test
    void eraseForGood_fromTheContactPane_removesThemAndTheirOwnInteractions() {
        await(() -> showing("#weekView"));
        clickOn("#navContacts");
        await(() -> showing("#contactsView"));
        interact(() -> app.window().contactsView().show(brunoId));
        await(() -> showing("#detailName") && text("#detailName").equals("Bruno Keller"));

        clickOn("#moreActions");
        clickOn("#eraseContact");
        await(() -> showing("#confirmDialog"));
        assertThat(lookup("#confirmDialog .content").queryLabeled().getText())
                .contains("no one else took part").contains("plans");
        clickOn("Erase for good");

        await(() -> showing("#fileNotice") && text("#fileNotice").equals("Bruno Keller has been erased."));
        assertThat(orbit().contacts().find(brunoId)).isEmpty();
        List<Interaction> left = orbit().interactions().timeline(aliceId);
        assertThat(left).extracting(Interaction::summary).containsExactly("Lunch together");
        assertThat(left.get(0).participantIds()).containsExactly(aliceId);
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 1);
    }

    @Test
    void backUpNow_fromSettings_listsTheNewBackup() {
        await(() -> showing("#weekView"));
        clickOn("#navSettings");
        await(() -> showing("#backupsSection"));
        reveal("#backupNow");

        clickOn("#backupNow");

        await(() -> text("#backupsStatus").startsWith("Backed up to"));
        List<Backup> stored = orbit().backups().list();
        assertThat(stored).anyMatch(b -> b.kind() == Backup.Kind.MANUAL);
        TableView<Backup> table = lookup("#backupsTable").queryTableView();
        assertThat(table.getItems()).containsExactlyElementsOf(stored);
        assertThat(text("#backupsStatus")).contains(stored.stream().filter(b -> b.kind() == Backup.Kind.MANUAL)
                .findFirst().orElseThrow().fileName());
    }

    @Test
    void restore_fromSettings_rebuildsTheWindowOnTheRestoredData() {
        await(() -> showing("#weekView"));
        clickOn("#navSettings");
        await(() -> showing("#backupsSection"));
        reveal("#backupNow");
        clickOn("#backupNow");
        await(() -> text("#backupsStatus").startsWith("Backed up to"));
        Orbit before = orbit();
        before.contacts().create(person("Added", "Later").build());
        assertThat(before.contacts().count()).isEqualTo(3);

        TableView<?> table = lookup("#backupsTable").queryTableView();
        interact(() -> table.getSelectionModel().select(0));
        reveal("#restoreBackup");
        clickOn("#restoreBackup");
        await(() -> showing("#confirmDialog"));
        clickOn("Restore");

        await(() -> orbit() != null && orbit() != before && showing("#settingsView") && showing("#fileNotice"));
        assertThat(orbit().contacts().count()).isEqualTo(2);
        assertThat(text("#fileNotice")).startsWith("Restored from");
        assertThat(orbit().backups().list()).anyMatch(b -> b.kind() == Backup.Kind.PRE_RESTORE);
    }

    @Test
    void exportVcard_ofTheCurrentSearch_writesOnlyThoseAndNamesTheFile() throws Exception {
        await(() -> showing("#weekView"));
        clickOn("#navContacts");
        await(() -> showing("#contactsView"));
        clickOn("#contactSearch").write("keller");
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 1);
        Path out = files.resolve("some.vcf");

        interact(() -> app.window().files().exportTo(ExportFormat.VCARD, true, out));

        await(() -> showing("#fileNotice") && text("#fileNotice").equals("Exported to " + out.toAbsolutePath() + "."));
        String vcf = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(vcf).contains("Keller").doesNotContain("Martin");
        assertThat(vcf.split("BEGIN:VCARD", -1)).hasSize(2);
    }
}
