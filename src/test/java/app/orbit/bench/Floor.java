package app.orbit.bench;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.domain.DueList;
import app.orbit.domain.Interaction;
import app.orbit.domain.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the benchmark's computations on plain Java collections holding the same network,
 * with no database — what the operations would cost if storage were free.
 */
final class Floor {

    private final Map<Long, Contact> contacts = new HashMap<>();
    private final Map<Long, ContactSummary> summaries = new HashMap<>();
    private final ContactSummary[] byName;
    private final String[] searchText;
    private final Map<Long, List<Interaction>> timelines = new HashMap<>();
    private long nextId;

    Floor(SyntheticNetwork net) {
        List<Contact> sorted = new ArrayList<>(net.contacts());
        sorted.sort(Comparator.comparing((Contact c) -> Text.fold(c.displayName())).thenComparing(Contact::id));
        byName = new ContactSummary[sorted.size()];
        searchText = new String[sorted.size()];
        Map<Long, LocalDate> last = new HashMap<>();
        for (Interaction in : net.interactions()) {
            for (Long p : in.participantIds()) {
                timelines.computeIfAbsent(p, k -> new ArrayList<>()).add(in);
                last.merge(p, in.date(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Comparator<Interaction> newestFirst = Comparator.comparing(Interaction::date).thenComparing(Interaction::id)
                .reversed();
        timelines.values().forEach(l -> l.sort(newestFirst));
        for (int i = 0; i < sorted.size(); i++) {
            Contact c = sorted.get(i);
            LocalDate touched = last.get(c.id());
            Contact withTouch = c.toBuilder().lastTouch(touched == null || touched.isBefore(c.knownSince())
                    ? c.knownSince() : touched).build();
            contacts.put(c.id(), withTouch);
            ContactSummary s = ContactSummary.of(withTouch);
            summaries.put(c.id(), s);
            byName[i] = s;
            StringBuilder sb = new StringBuilder(c.firstName()).append(' ').append(c.lastName()).append(' ')
                    .append(c.organisation()).append(' ').append(c.title()).append(' ').append(c.city());
            c.emails().forEach(e -> sb.append(' ').append(e));
            c.tags().forEach(t -> sb.append(" #").append(t));
            searchText[i] = " " + Text.fold(sb.toString()) + " ";
        }
        nextId = net.interactions().size() + 1L;
    }

    /** Which of these contacts have an interaction: lookups in the timelines already in memory. */
    java.util.Set<Long> touched(List<Long> ids) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (Long id : ids) {
            if (timelines.containsKey(id)) {
                out.add(id);
            }
        }
        return out;
    }

    List<DueEntry> due(LocalDate today, CadencePolicy policy, int cap) {
        return DueList.build(Arrays.asList(byName), today, policy, cap);
    }

    List<ContactSummary> search(String query, int limit) {
        String[] words = Arrays.stream(Text.fold(query).split(" ")).filter(w -> !w.isEmpty()).distinct()
                .toArray(String[]::new);
        List<ContactSummary> out = new ArrayList<>();
        for (int i = 0; i < byName.length && out.size() < limit; i++) {
            if (byName[i].archived()) {
                continue;
            }
            boolean all = true;
            for (String w : words) {
                if (!searchText[i].contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                out.add(byName[i]);
            }
        }
        return out;
    }

    /** The contact, its timeline (at most 500) and the summaries of everyone in it. */
    Object details(long id) {
        Contact c = contacts.get(id);
        List<Interaction> timeline = timelines.getOrDefault(id, List.of());
        timeline = timeline.size() > 500 ? timeline.subList(0, 500) : timeline;
        List<ContactSummary> people = timeline.stream().flatMap(i -> i.participantIds().stream()).distinct()
                .map(summaries::get).toList();
        return List.of(c, timeline, people);
    }

    /** The floor of an import: the CSV split into contacts held in a map by email or name. */
    static Object parseLinkedIn(byte[] file) {
        String[] lines = new String(file, java.nio.charset.StandardCharsets.UTF_8).split("\n");
        Map<String, Contact> out = new HashMap<>();
        long id = 1;
        for (int i = 4; i < lines.length; i++) {
            String[] f = lines[i].split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            if (f.length < 7) {
                continue;
            }
            Contact c = Contact.builder().id(id++).firstName(f[0]).lastName(f[1]).organisation(f[4].replace("\"", ""))
                    .title(f[5].replace("\"", "")).knownSince(SyntheticNetwork.TODAY).build();
            out.put(f[3].isEmpty() ? Text.fold(c.displayName()) : f[3], c);
        }
        return out;
    }

    Interaction log(Interaction draft) {
        Interaction stored = draft.withId(nextId++);
        for (Long p : stored.participantIds()) {
            timelines.computeIfAbsent(p, k -> new ArrayList<>()).add(0, stored);
            Contact c = contacts.get(p);
            if (stored.date().isAfter(c.lastTouch())) {
                Contact moved = c.toBuilder().lastTouch(stored.date()).build();
                contacts.put(p, moved);
                summaries.put(p, ContactSummary.of(moved));
            }
        }
        return stored;
    }
}
