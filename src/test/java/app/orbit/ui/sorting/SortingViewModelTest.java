package app.orbit.ui.sorting;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.OrbitException;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import app.orbit.ui.sorting.SortingViewModel.Choice;
import app.orbit.ui.sorting.SortingViewModel.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SortingViewModelTest {

    private static final String CARDS = card("Ada Byron", "Acme", "investors") + card("Ben Carter", "Acme", "")
            + card("Cléo Dumas", "Initech", "investors,friends") + card("Dan Evans", "Globex", "")
            + card("Eve Fox", "Acme", "friends");

    @TempDir
    Path dir;
    private Orbit orbit;
    private SortingViewModel vm;
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<String> ran = new ArrayList<>();

    private static String card(String name, String org, String categories) {
        String[] n = name.split(" ");
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nN:" + n[1] + ";" + n[0] + ";;;\r\nORG:" + org
                + "\r\nTITLE:Engineer\r\n" + (categories.isEmpty() ? "" : "CATEGORIES:" + categories + "\r\n")
                + "END:VCARD\r\n";
    }

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        orbit.importer().apply(orbit.importer().preview(new SourceText("people.vcf", CARDS), null, Progress.NONE),
                Progress.NONE);
        vm = new SortingViewModel(orbit.contacts(), new Background(Runnable::run, Runnable::run,
                e -> { throw new AssertionError(e); }), messages,
                e -> e instanceof OrbitException oe ? messages.describe(oe) : "unexpected: " + e);
        vm.setActive(true);
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private List<String> names() {
        return vm.rows().stream().map(r -> r.person().displayName()).toList();
    }

    private static Choice choice(List<Choice> choices, String value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }

    @Test
    void load_listsEveryoneNotSorted_withOrganisationsAndTagsByHowCommon() {
        assertThat(names()).containsExactly("Ada Byron", "Ben Carter", "Cléo Dumas", "Dan Evans", "Eve Fox");
        assertThat(vm.count().get()).isEqualTo(5);
        assertThat(vm.organisations()).containsExactly(new Choice(null, 5), new Choice("Acme", 3),
                new Choice("Globex", 1), new Choice("Initech", 1));
        assertThat(vm.tags()).containsExactly(new Choice(null, 5), new Choice("friends", 2),
                new Choice("investors", 2));
        assertThat(vm.label(vm.organisations().get(1), "sorting.org.all")).isEqualTo("Acme (3)");
        assertThat(vm.label(vm.organisations().get(0), "sorting.org.all")).isEqualTo("Every organisation");
    }

    @Test
    void filter_typedWordsOrganisationAndTag_combine() {
        vm.filter().set("cleo");
        assertThat(names()).containsExactly("Cléo Dumas");

        vm.filter().set("engineer #investors");
        assertThat(names()).containsExactly("Ada Byron", "Cléo Dumas");

        vm.filter().set("");
        vm.organisation().set(choice(vm.organisations(), "Acme"));
        assertThat(names()).containsExactly("Ada Byron", "Ben Carter", "Eve Fox");

        vm.tag().set(choice(vm.tags(), "friends"));
        assertThat(names()).containsExactly("Eve Fox");
        assertThat(vm.count().get()).as("the count is of everyone, not those shown").isEqualTo(5);
    }

    @Test
    void put_writesTheCircle_removesThemAndKeepsTheFilter_thenRuns() {
        vm.organisation().set(choice(vm.organisations(), "Acme"));
        List<Long> two = vm.rows().subList(0, 2).stream().map(Row::id).toList();

        vm.put(two, Circle.CLOSE, () -> ran.add("then"));

        assertThat(ran).containsExactly("then");
        assertThat(names()).containsExactly("Eve Fox");
        assertThat(vm.count().get()).isEqualTo(3);
        assertThat(vm.notice().get()).isEqualTo("2 people put in Close.");
        assertThat(vm.organisation().get()).isEqualTo(new Choice("Acme", 1));
        assertThat(orbit.contacts().get(two.get(0)).circle()).isEqualTo(Circle.CLOSE);
        assertThat(orbit.contacts().countUnsorted()).isEqualTo(3);
        assertThat(vm.busy().get()).isFalse();
    }

    @Test
    void archive_removesThemFromTheListAndArchivesThem() {
        long ada = vm.rows().get(0).id();

        vm.archive(List.of(ada), () -> ran.add("then"));

        assertThat(names()).doesNotContain("Ada Byron").hasSize(4);
        assertThat(vm.notice().get()).isEqualTo("1 person archived.");
        assertThat(orbit.contacts().get(ada).archived()).isTrue();
    }

    @Test
    void put_whenTheWriteFails_saysWhyAndShowsTheListAsStored() {
        long ada = vm.rows().get(0).id();
        orbit.contacts().delete(ada);

        vm.put(List.of(ada, vm.rows().get(1).id()), Circle.INNER, () -> ran.add("then"));

        assertThat(ran).isEmpty();
        assertThat(vm.notice().get()).isEqualTo("This contact no longer exists (id " + ada + ").");
        assertThat(names()).containsExactly("Ben Carter", "Cléo Dumas", "Dan Evans", "Eve Fox");
        assertThat(orbit.contacts().countUnsorted()).isEqualTo(4);
    }

    @Test
    void refresh_whileAway_readsOnlyTheCount() {
        vm.setActive(false);
        orbit.contacts().sort(List.of(vm.rows().get(0).id()), Circle.OUTER);

        vm.refresh();

        assertThat(vm.count().get()).isEqualTo(4);
        assertThat(vm.rows()).as("not read again while the page is away").hasSize(5);
        vm.setActive(true);
        assertThat(vm.rows()).hasSize(4);
    }
}
