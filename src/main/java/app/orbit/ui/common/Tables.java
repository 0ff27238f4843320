package app.orbit.ui.common;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Table helpers shared by the screens. */
public final class Tables {

    /** Room beside a header's words: its padding and the sort arrow. */
    private static final double HEADER_PADDING = 34;

    private Tables() {
    }

    /**
     * Columns never get narrower than their header's words in this language ("Dernier contact"
     * stays whole at 1024 pixels): the table shrinks its cells' text instead.
     */
    public static void keepHeadersWhole(TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            Text measure = new Text(c.getText());
            measure.setFont(Font.font(Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD,
                    Font.getDefault().getSize() + 1));
            c.setMinWidth(Math.max(c.getMinWidth(), Math.ceil(measure.getLayoutBounds().getWidth() + HEADER_PADDING)));
        }
    }
}
