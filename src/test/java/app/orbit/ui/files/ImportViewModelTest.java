package app.orbit.ui.files;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    private Orbit orbit;
    private final Messages messages = new Messages(Locale.ENGLISH);
    /** Work queued by the view model, run when the test says: lets the user cancel while it waits. */
    private final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        orbit.contacts().create(person("Alice", "Martin").emails(List.of("alice@example.com")).build());
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private ImportViewModel vm(boolean queue) {
        Background background = new Background(queue ? queued::add : Runnable::run, Runnable::run,
                e -> { throw new AssertionError(e); });
        return new ImportViewModel(orbit.importer(), background, messages,
                e -> e instanceof OrbitException oe ? messages.describe(oe) : "unexpected: " + e);
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private Path linkedIn(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,"
                + "Position,Connected On\n");
        csv.append("Alice,Martin,https://www.linkedin.com/in/alice,alice@example.com,Acme,CTO,03 Jan 2023\n");
        csv.append(",,https://www.linkedin.com/in/nobody,,,,05 Feb 2022\n");
        for (int i = 0; i < rows; i++) {
            csv.append("Person").append(i).append(",Family").append(i).append(",https://www.linkedin.com/in/p")
                    .append(i).append(",p").append(i).append("@example.com,Co,Engineer,12 Mar 2024\n");
        }
        Path p = files.resolve("Connections.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void preview_linkedInFile_countsWithReasonsAndPlaces_andWritesNothing() throws Exception {
        ImportViewModel vm = vm(false);

        vm.preview(List.of(linkedIn(3)), null);

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(vm.newCount().get()).isEqualTo(3);
        assertThat(vm.mergedCount().get()).isEqualTo(1);
        assertThat(vm.skippedCount().get()).isEqualTo(1);
        assertThat(vm.reasons()).containsExactly("Connections.csv, line 6: no name.");
        assertThat(orbit.contacts().count()).isEqualTo(1);
    }

    @Test
    void apply_afterPreview_writesEveryoneAndSummarises() throws Exception {
        ImportViewModel vm = vm(false);
        vm.preview(List.of(linkedIn(3)), null);

        vm.apply();

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(vm.message().get()).isEqualTo("Imported: 3 new, 1 merged into existing contacts. "
                + "3 people arrived not sorted yet: sort them in Not sorted.");
        assertThat(orbit.contacts().count()).isEqualTo(4);
        assertThat(orbit.contacts().countUnsorted()).isEqualTo(3);
        // Alice was merged: she keeps the circle she had.
        assertThat(orbit.contacts().search("alice", false, 10)).singleElement()
                .satisfies(a -> assertThat(a.circle()).isEqualTo(app.orbit.domain.Circle.NETWORK));
        assertThat(vm.progress().get()).isEqualTo(1.0);
    }

    @Test
    void cancel_whileReading_endsCancelled() throws Exception {
        ImportViewModel vm = vm(true);
        vm.preview(List.of(linkedIn(200)), null);

        vm.cancel();
        runQueued();

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.CANCELLED);
        assertThat(vm.message().get()).isEqualTo("Import cancelled. Nothing was written.");
    }

    @Test
    void cancel_whileWriting_writesNothing() throws Exception {
        ImportViewModel vm = vm(true);
        vm.preview(List.of(linkedIn(200)), null);
        runQueued();
        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.PREVIEW);

        vm.apply();
        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.WRITING);
        vm.cancel();
        runQueued();

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.CANCELLED);
        assertThat(orbit.contacts().count()).isEqualTo(1);
        assertThat(orbit.contacts().get(orbit.contacts().search("alice", false, 1).get(0).id()).organisation())
                .isEmpty();
    }

    @Test
    void preview_unrecognisedFile_failsWithTheFileNamed() throws Exception {
        Path p = files.resolve("notes.txt");
        Files.writeString(p, "just some notes\nnothing else\n", StandardCharsets.UTF_8);
        ImportViewModel vm = vm(false);

        vm.preview(List.of(p), null);

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.FAILED);
        assertThat(vm.message().get()).startsWith("notes.txt: Orbit does not recognise this file.");
    }

    @Test
    void apply_nothingNew_isRefusedAndSaysSo() throws Exception {
        Path p = files.resolve("Connections.csv");
        Files.writeString(p, "Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Alice,Martin,,alice@example.com,,,\n", StandardCharsets.UTF_8);
        ImportViewModel vm = vm(false);
        vm.preview(List.of(p), null);

        vm.apply();

        assertThat(vm.isEmpty()).isTrue();
        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.PREVIEW);
        assertThat(vm.message().get()).contains("nothing to import");
    }

    /** A LinkedIn export listing {@code names} (first and last), one row each, in that order. */
    private Path connections(String... names) throws Exception {
        StringBuilder csv = new StringBuilder("Notes:\n\"x\"\n\nFirst Name,Last Name,URL,Email Address,Company,"
                + "Position,Connected On\n");
        for (String name : names) {
            String[] parts = name.split(" ");
            csv.append(parts[0]).append(',').append(parts[1]).append(",https://www.linkedin.com/in/")
                    .append(parts[0].toLowerCase(Locale.ROOT)).append(",,,,03 Jan 2023\n");
        }
        Path p = files.resolve("Connections.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        return p;
    }

    private void untick(ImportViewModel vm, String name) {
        vm.newPeople().stream().filter(p -> p.name().equals(name)).forEach(p -> p.included().set(false));
    }

    @Test
    void apply_aNewPersonUnticked_isNotAdded() throws Exception {
        ImportViewModel vm = vm(false);
        vm.preview(List.of(connections("Bea Roux", "Carl Denis")), null);
        untick(vm, "Bea Roux");

        vm.apply();

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(orbit.contacts().search("roux", false, 10)).isEmpty();
        assertThat(orbit.contacts().search("denis", false, 10)).hasSize(1);
    }

    @Test
    void preview_thePersonTwiceInOneFile_isListedOnceAsNew() throws Exception {
        ImportViewModel vm = vm(false);
        vm.preview(List.of(connections("Bea Roux", "Carl Denis", "Bea Roux")), null);

        assertThat(vm.newPeople()).extracting(ImportViewModel.NewPerson::name)
                .containsExactly("Bea Roux", "Carl Denis");
        assertThat(vm.newCount().get()).isEqualTo(2);
    }

    /**
     * The same person twice in one file is one new person: unticked, neither row brings them in
     * (ImportPreview.leavingOut drops the rows ImportMerge folded into them too).
     */
    @Test
    void apply_thePersonTwiceInOneFileUnticked_isNotAddedFromEitherRow() throws Exception {
        ImportViewModel vm = vm(false);
        vm.preview(List.of(connections("Bea Roux", "Carl Denis", "Bea Roux")), null);
        untick(vm, "Bea Roux");

        assertThat(vm.newCount().get()).isEqualTo(1);
        vm.apply();

        assertThat(vm.step().get()).isEqualTo(ImportViewModel.Step.DONE);
        assertThat(orbit.contacts().search("roux", false, 10)).isEmpty();
        assertThat(orbit.contacts().search("denis", false, 10)).hasSize(1);
    }
}
