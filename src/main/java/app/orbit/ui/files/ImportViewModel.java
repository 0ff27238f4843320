package app.orbit.ui.files;

import app.orbit.exchange.ImportCancelledException;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.ImportPreview;
import app.orbit.exchange.ImportResult;
import app.orbit.exchange.ImportService;
import app.orbit.exchange.Progress;
import app.orbit.exchange.Skip;
import app.orbit.service.Messages;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: reading the files (with progress and cancel), the preview of what
 * importing them would do, then writing on the user's word (progress and cancel again) and the summary.
 */
public final class ImportViewModel {

    /** Where the import is. */
    public enum Step { READING, PREVIEW, WRITING, DONE, FAILED, CANCELLED }

    /** How many skip reasons the preview lists; the count says how many there are in all. */
    static final int REASONS_SHOWN = 8;

    private final ImportService importer;
    private final Background background;
    private final Messages messages;
    private final Function<Throwable, String> describe;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.READING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty files = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty newCount = new SimpleIntegerProperty();
    private final IntegerProperty mergedCount = new SimpleIntegerProperty();
    private final IntegerProperty skippedCount = new SimpleIntegerProperty();
    private final IntegerProperty interactionCount = new SimpleIntegerProperty();
    private final ObservableList<String> reasons = FXCollections.observableArrayList();
    private final ObservableList<String> merges = FXCollections.observableArrayList();
    private final ObservableList<NewPerson> newPeople = FXCollections.observableArrayList(
            p -> new javafx.beans.Observable[] {p.included()});
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private List<ImportPreview> previews = List.of();
    private List<Path> paths = List.of();
    private ImportFormat format;

    /** One person the import would add, ticked to be added (the preview's {@code file} and position in it). */
    public record NewPerson(String name, int file, int position, javafx.beans.property.BooleanProperty included) {
    }

    public ImportViewModel(ImportService importer, Background background, Messages messages,
            Function<Throwable, String> describe) {
        this.importer = importer;
        this.background = background;
        this.messages = messages;
        this.describe = describe;
        // The new count follows the ticks.
        newPeople.addListener((javafx.collections.ListChangeListener<NewPerson>) c -> newCount.set(
                previews.stream().mapToInt(ImportPreview::newCount).sum() - unticked().size()));
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Step> step() {
        return step;
    }

    /** 0 to 1, or negative while the amount of work is not known yet. */
    public javafx.beans.property.ReadOnlyDoubleProperty progress() {
        return progress;
    }

    public javafx.beans.property.ReadOnlyStringProperty files() {
        return files;
    }

    /** The error, the cancel notice or the summary, depending on the step. */
    public javafx.beans.property.ReadOnlyStringProperty message() {
        return message;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty newCount() {
        return newCount;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty mergedCount() {
        return mergedCount;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty skippedCount() {
        return skippedCount;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty interactionCount() {
        return interactionCount;
    }

    /** The first merges, each naming the person in the file and the contact they join. */
    public ObservableList<String> merges() {
        return merges;
    }

    /**
     * The people the import would add, each to be unticked if the user does not want them (empty
     * for a backup, which is imported whole); the new count follows the ticks.
     */
    public ObservableList<NewPerson> newPeople() {
        return newPeople;
    }

    /** The first reasons for skipping, each with its file and line. */
    public ObservableList<String> reasons() {
        return reasons;
    }

    /** Reads and checks the files (one format each, recognised from the content); writes nothing. */
    public void preview(List<Path> paths, ImportFormat format) {
        this.paths = List.copyOf(paths);
        this.format = format;
        cancelled.set(false);
        previews = List.of();
        reasons.clear();
        merges.clear();
        newPeople.clear();
        message.set("");
        step.set(Step.READING);
        progress.set(-1);
        files.set(String.join(", ", paths.stream().map(p -> String.valueOf(p.getFileName())).toList()));
        Progress reporter = reporter();
        background.run(() -> {
            List<ImportPreview> out = new ArrayList<>();
            for (Path p : paths) {
                out.add(importer.preview(p, format, reporter));
            }
            return out;
        }, this::showPreview, this::fail);
    }

    private void showPreview(List<ImportPreview> found) {
        previews = List.copyOf(found);
        newCount.set(found.stream().mapToInt(ImportPreview::newCount).sum());
        mergedCount.set(found.stream().mapToInt(ImportPreview::mergedCount).sum());
        skippedCount.set(found.stream().mapToInt(ImportPreview::skippedCount).sum());
        interactionCount.set(found.stream().mapToInt(ImportPreview::interactionCount).sum());
        List<String> lines = new ArrayList<>();
        for (ImportPreview p : found) {
            if (p.encodingNotice() != null) {
                lines.add(messages.describe(p.encodingNotice()));
            }
            for (Skip s : p.skipped()) {
                if (lines.size() == REASONS_SHOWN) {
                    break;
                }
                lines.add(messages.describe(s.message()));
            }
            p.warnings().stream().limit(Math.max(0, REASONS_SHOWN - lines.size()))
                    .forEach(w -> lines.add(messages.describe(w)));
        }
        reasons.setAll(lines);
        List<NewPerson> people = new ArrayList<>();
        for (int f = 0; f < found.size(); f++) {
            ImportPreview p = found.get(f);
            if (p.canLeaveOut()) {
                for (int k = 0; k < p.newContacts().size(); k++) {
                    people.add(new NewPerson(p.newContacts().get(k).displayName(), f, k,
                            new javafx.beans.property.SimpleBooleanProperty(true)));
                }
            }
        }
        newPeople.setAll(people);
        merges.setAll(found.stream().flatMap(p -> p.merges().stream()).limit(REASONS_SHOWN)
                .map(m -> messages.describe(m.place().error("files.import.mergedWith", m.merged().displayName(),
                        m.existing().displayName()))).toList());
        message.set(isEmpty() ? messages.get("files.import.nothing") : "");
        progress.set(1);
        step.set(Step.PREVIEW);
    }

    /** Reads the same files again as another format (null: recognised from the content). */
    public void readAs(ImportFormat other) {
        Step now = step.get();
        if (now == Step.READING || now == Step.WRITING || now == Step.DONE) {
            return;
        }
        preview(paths, other);
    }

    /** The format the files are read as; null when it is recognised from the content. */
    public ImportFormat format() {
        return format;
    }

    /** Whether importing would change nothing (the Import button is then off). */
    public boolean isEmpty() {
        return toWrite().stream().allMatch(ImportPreview::isEmpty);
    }

    private List<NewPerson> unticked() {
        return newPeople.stream().filter(p -> !p.included().get()).toList();
    }

    /** The previews without the people unticked. */
    private List<ImportPreview> toWrite() {
        List<NewPerson> out = unticked();
        List<ImportPreview> result = new ArrayList<>();
        for (int f = 0; f < previews.size(); f++) {
            int file = f;
            result.add(previews.get(f).leavingOut(out.stream().filter(p -> p.file() == file)
                    .map(NewPerson::position).collect(java.util.stream.Collectors.toSet())));
        }
        return result;
    }

    /** Writes what the preview showed, each file in one transaction. */
    public void apply() {
        if (step.get() != Step.PREVIEW || isEmpty()) {
            return;
        }
        cancelled.set(false);
        step.set(Step.WRITING);
        progress.set(-1);
        Progress reporter = reporter();
        List<ImportPreview> toWrite = toWrite();
        background.run(() -> {
            int created = 0;
            int merged = 0;
            int interactions = 0;
            int unsorted = 0;
            for (ImportPreview p : toWrite) {
                ImportResult r = importer.apply(p, reporter);
                created += r.created();
                merged += r.merged();
                interactions += r.interactions();
                unsorted += r.unsorted();
            }
            return new ImportResult(created, merged, 0, interactions, unsorted);
        }, r -> {
            progress.set(1);
            String done = r.interactions() == 0 ? messages.get("files.import.done", r.created(), r.merged())
                    : messages.get("files.import.done.interactions", r.created(), r.merged(), r.interactions());
            // Say where the new people are: they are in no plan until sorted, so they would seem lost.
            message.set(r.unsorted() == 0 ? done : done + " " + messages.get("files.import.unsorted", r.unsorted()));
            step.set(Step.DONE);
        }, this::fail);
    }

    /** Asks the running step to stop; it ends between two rows, having written nothing. */
    public void cancel() {
        cancelled.set(true);
    }

    private void fail(Throwable e) {
        progress.set(0);
        if (e instanceof ImportCancelledException) {
            message.set(messages.get("files.import.cancelled"));
            step.set(Step.CANCELLED);
            return;
        }
        message.set(describe.apply(e));
        step.set(Step.FAILED);
    }

    /** Reports progress to the window at most once per frame the JavaFX thread gets to, however fast the rows go. */
    private Progress reporter() {
        AtomicBoolean pending = new AtomicBoolean();
        double[] latest = {-1};
        return new Progress() {
            @Override
            public void update(long done, long total) {
                synchronized (latest) {
                    latest[0] = total <= 0 ? -1 : Math.min(1, (double) done / total);
                }
                if (!pending.getAndSet(true)) {
                    background.onFx(() -> {
                        pending.set(false);
                        Step now = step.get();
                        if (now == Step.READING || now == Step.WRITING) {
                            synchronized (latest) {
                                progress.set(latest[0]);
                            }
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }
}
