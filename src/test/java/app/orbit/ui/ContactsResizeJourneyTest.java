package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import javafx.scene.Node;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The contacts screen follows the window (issue 10): widened from 1024 to 1280 pixels while open,
 * the table takes the new room and shows the columns it had dropped, as when opened at 1280; the
 * details keep their width. A name or organisation cut at its column's width shows whole on hover.
 */
class ContactsResizeJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }


    private void size(double width, double height) {
        placeMain(width, height);
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private double width(String query) {
        return ((Region) lookup(query).query()).getWidth();
    }

    private long visibleColumns() {
        return lookup("#contactsTable").queryAs(TableView.class).getVisibleLeafColumns().size();
    }

    @Test
    void widenedWhileOpen_theTableTakesTheRoom_andTheDetailsKeepTheirWidth() {
        await(() -> showing("#weekView"));
        size(1280, 800);
        clickOn("#navContacts");
        clickOn("Camille Bonnet");
        await(() -> lookup("#detailName").tryQuery().isPresent());
        size(1280, 800);
        double tableAt1280 = width("#contactsTable");
        long columnsAt1280 = visibleColumns();

        size(1024, 640);
        double detailNarrow = width("#contactDetail");
        assertThat(visibleColumns()).as("columns dropped at 1024").isLessThan(columnsAt1280);
        size(1280, 800);

        assertThat(width("#contactsTable")).as("the table's width back at 1280")
                .isCloseTo(tableAt1280, Offset.offset(tableAt1280 * 0.05));
        assertThat(width("#contactDetail")).as("the details keep their width")
                .isCloseTo(detailNarrow, Offset.offset(2.0));
        assertThat(visibleColumns()).as("the dropped columns back").isEqualTo(columnsAt1280);
        TableView<?> table = lookup("#contactsTable").queryAs(TableView.class);
        Node viewport = table.lookup(".clipped-container");
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
        assertThat(columns).as("the columns fit").isLessThanOrEqualTo(((Region) viewport).getWidth() + 1);
    }

    @Test
    void aNameOrOrganisationCutByItsColumn_showsWholeOnHover() {
        await(() -> showing("#weekView"));
        size(1024, 640);
        clickOn("#navContacts");
        await(() -> lookup("Camille Bonnet").tryQuery().isPresent());

        javafx.scene.control.TableCell<?, ?> cell = lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class)
                .stream().filter(c -> "Camille Bonnet".equals(c.getText())).findFirst().orElseThrow();

        assertThat(cell.getTooltip()).as("the name's tooltip").isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo("Camille Bonnet");
    }
}
