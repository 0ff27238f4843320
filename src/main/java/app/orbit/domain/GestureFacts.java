package app.orbit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the advisor knows about a contact when it picks a gesture. Null where there is nothing:
 * no promise pending, no birthday within the week, no introduction match, no news.
 */
public record GestureFacts(String name, PendingFollowUp followUp, LocalDate birthday, IntroductionMatch match,
        String newsKind, List<String> tags, String needs) {

    public GestureFacts {
        name = Text.clean(name);
        tags = tags == null ? List.of() : List.copyOf(tags);
        needs = Text.clean(needs);
    }
}
