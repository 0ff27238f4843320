package app.orbit.ui.files;

import app.orbit.exchange.ImportFormat;
import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The parts of the import dialog, each showing one side of the same {@link ImportViewModel}. */
final class ImportParts {

    private ImportParts() {
    }

    /** "Read as": the format the files are read as, or recognised from their content; a change reads them again. */
    static final class FormatRow extends HBox {

        final ComboBox<FormatChoice> format = new ComboBox<>();

        FormatRow(Messages messages, ImportViewModel vm) {
            super(10);
            format.setId("importFormat");
            format.getItems().add(new FormatChoice(null, messages.get("files.format.auto")));
            for (ImportFormat f : ImportFormat.values()) {
                format.getItems().add(new FormatChoice(f, messages.get("files.format." + f.name())));
            }
            format.setValue(format.getItems().stream().filter(c -> c.format() == vm.format()).findFirst()
                    .orElseThrow());
            format.valueProperty().addListener((obs, old, now) -> vm.readAs(now == null ? null : now.format()));
            getChildren().setAll(new Label(messages.get("files.format")), format);
            setAlignment(Pos.CENTER_LEFT);
        }
    }

    /** A choice of the format list: a format, or none to recognise it. */
    record FormatChoice(ImportFormat format, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** How many people are new, merged and skipped, and how many interactions come with them. */
    static final class Counts extends GridPane {

        Counts(Messages messages, ImportViewModel vm) {
            setHgap(16);
            setVgap(4);
            setId("importCounts");
            Label interactions = count("importInteractions", vm.interactionCount().asString());
            addRow(0, count("importNew", vm.newCount().asString()), new Label(messages.get("files.import.new")));
            addRow(1, count("importMerged", vm.mergedCount().asString()),
                    new Label(messages.get("files.import.merged")));
            addRow(2, count("importSkipped", vm.skippedCount().asString()),
                    new Label(messages.get("files.import.skipped")));
            Label interactionsLabel = new Label(messages.get("files.import.interactions"));
            addRow(3, interactions, interactionsLabel);
            interactions.visibleProperty().bind(vm.interactionCount().greaterThan(0));
            interactionsLabel.visibleProperty().bind(interactions.visibleProperty());
            interactions.managedProperty().bind(interactions.visibleProperty());
            interactionsLabel.managedProperty().bind(interactions.visibleProperty());
        }

        private static Label count(String id, javafx.beans.value.ObservableStringValue text) {
            Label l = new Label();
            l.setId(id);
            l.getStyleClass().addAll(Styles.TITLE_3);
            l.setMinWidth(48);
            l.textProperty().bind(text);
            return l;
        }
    }

    /** The people the import would add, each ticked: untick those not wanted (Space ticks from the keyboard). */
    static final class NewPeople extends VBox {

        NewPeople(Messages messages, ImportViewModel vm) {
            super(4);
            Label title = new Label(messages.get("files.import.newPeople"));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            ListView<ImportViewModel.NewPerson> list = new ListView<>(vm.newPeople());
            list.setId("importNewPeople");
            list.setCellFactory(CheckBoxListCell.forListView(ImportViewModel.NewPerson::included,
                    new StringConverter<>() {
                        @Override
                        public String toString(ImportViewModel.NewPerson p) {
                            return p == null ? "" : p.name();
                        }

                        @Override
                        public ImportViewModel.NewPerson fromString(String s) {
                            throw new UnsupportedOperationException("not edited");
                        }
                    }));
            list.setFixedCellSize(30);
            list.prefHeightProperty().bind(Bindings.min(6, Bindings.size(vm.newPeople())).multiply(30).add(4));
            list.setMinHeight(Region.USE_PREF_SIZE);
            getChildren().setAll(title, list);
            setId("importNewBox");
            visibleProperty().bind(Bindings.isNotEmpty(vm.newPeople()));
            managedProperty().bind(visibleProperty());
        }
    }

    /** A titled list of lines (the merges named, the reasons for skipping), hidden while empty. */
    static final class Bullets extends VBox {

        private final Label title;
        private final ObservableList<String> lines;
        private final java.util.function.Supplier<String> more;

        /** {@code more} gives a muted last line ("and 12 more") when the list is cut, null otherwise. */
        Bullets(String id, String title, ObservableList<String> lines, java.util.function.Supplier<String> more) {
            super(4);
            setId(id);
            this.title = new Label(title);
            this.title.getStyleClass().add(Styles.TEXT_BOLD);
            this.lines = lines;
            this.more = more;
            lines.addListener((ListChangeListener<String>) c -> show());
            visibleProperty().bind(Bindings.isNotEmpty(lines));
            managedProperty().bind(visibleProperty());
            show();
        }

        private void show() {
            getChildren().setAll(title);
            for (String line : lines) {
                Label l = new Label("• " + line);
                l.setWrapText(true);
                l.getStyleClass().add(Styles.TEXT_SMALL);
                getChildren().add(l);
            }
            String last = more.get();
            if (last != null) {
                Label l = new Label(last);
                l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                getChildren().add(l);
            }
        }
    }
}
