package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReciprocityTest {

    @ParameterizedTest
    @CsvSource({
        // gave, asked, received, can ask, balance
        "0, 0, 0, false, 0",
        "1, 0, 0, true, 1",
        "1, 1, 0, true, 0",
        "1, 2, 0, false, -1",
        "2, 1, 5, true, -4",
        "0, 0, 3, false, -3",
        "0, 1, 0, false, -1",
        "5, 5, 5, true, -5",
        "3, 4, 0, false, -1"})
    void canAsk_giveBeforeYouAsk(int gave, int asked, int received, boolean canAsk, int balance) {
        Reciprocity r = new Reciprocity(0, 0, 0, gave, asked, received);

        assertThat(r.canAsk()).isEqualTo(canAsk);
        assertThat(r.balance()).isEqualTo(balance);
    }

    @Test
    void plus_countsRecentExchangesInBothWindows() {
        Reciprocity r = Reciprocity.NONE
                .plus(Exchange.GAVE, true).plus(Exchange.GAVE, false).plus(Exchange.ASKED, true)
                .plus(Exchange.RECEIVED, false).plus(Exchange.NONE, true);

        assertThat(r).isEqualTo(new Reciprocity(1, 1, 0, 2, 1, 1));
        assertThat(r.balanceLastYear()).isZero();
        assertThat(r.balance()).isZero();
    }

    @Test
    void constructor_lastYearAboveAllTime_isRefused() {
        assertThatThrownBy(() -> new Reciprocity(2, 0, 0, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 5, 2026})
    void canAsk_afterGivingOnceMoreThanAsking_alwaysHolds(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 300; i++) {
            Reciprocity r = Reciprocity.NONE;
            int n = random.nextInt(20);
            for (int k = 0; k < n; k++) {
                r = r.plus(Exchange.values()[random.nextInt(Exchange.values().length)], random.nextBoolean());
            }
            Reciprocity topped = r;
            while (topped.gave() <= topped.asked()) {
                topped = topped.plus(Exchange.GAVE, false);
            }
            assertThat(topped.canAsk()).isTrue();
            assertThat(r.canAsk()).isEqualTo(r.gave() > 0 && r.gave() >= r.asked());
            assertThat(r.plus(Exchange.ASKED, true).asked()).isEqualTo(r.asked() + 1);
        }
    }
}
