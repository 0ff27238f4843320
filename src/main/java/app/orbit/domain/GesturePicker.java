package app.orbit.domain;

import java.util.List;

/**
 * Picks the most fitting gesture for a contact from what is known, and says why. In order: a
 * promise falling due (it was made), a birthday this week (it will not wait), an introduction
 * (the most generous thing one can do), news to congratulate, something to share on a topic
 * they care about, and otherwise a call just to hear how they are.
 */
public final class GesturePicker {

    /** At most this many tags are named in a SHARE sentence. */
    static final int MAX_TAGS = 3;

    private GesturePicker() {
    }

    public static Gesture pick(GestureFacts f) {
        String name = f.name();
        if (f.followUp() != null) {
            PendingFollowUp p = f.followUp();
            return gesture(GestureKind.FOLLOW_UP, Phrase.of("gesture.FOLLOW_UP", name, p.promise()),
                    Phrase.of("gesture.FOLLOW_UP.reason", p.promisedOn(), p.due()));
        }
        if (f.birthday() != null) {
            return gesture(GestureKind.BIRTHDAY, Phrase.of("gesture.BIRTHDAY", name, f.birthday()),
                    Phrase.of("gesture.BIRTHDAY.reason", f.birthday()));
        }
        if (f.match() != null) {
            IntroductionMatch m = f.match();
            return new Gesture(GestureKind.INTRODUCE,
                    Phrase.of("gesture.INTRODUCE", name, m.offerer().name()),
                    Phrase.of("gesture.INTRODUCE.reason", name, m.needPhrase(), m.offerer().name(),
                            m.offerPhrase()),
                    m.offerer().id());
        }
        if (f.newsKind() != null) {
            return gesture(GestureKind.CONGRATULATE, Phrase.of("gesture.CONGRATULATE." + f.newsKind(), name),
                    Phrase.of("gesture.CONGRATULATE.reason"));
        }
        if (!f.needs().isEmpty()) {
            return gesture(GestureKind.SHARE, Phrase.of("gesture.SHARE.needs", name, f.needs()),
                    Phrase.of("gesture.SHARE.needs.reason", f.needs()));
        }
        if (!f.tags().isEmpty()) {
            String topics = String.join(", ", f.tags().subList(0, Math.min(MAX_TAGS, f.tags().size())));
            return gesture(GestureKind.SHARE, Phrase.of("gesture.SHARE.tags", name, topics),
                    Phrase.of("gesture.SHARE.tags.reason", topics));
        }
        return gesture(GestureKind.CHECK_IN, Phrase.of("gesture.CHECK_IN", name), Phrase.of("gesture.CHECK_IN.reason"));
    }

    private static Gesture gesture(GestureKind kind, Phrase sentence, Phrase reason) {
        return new Gesture(kind, sentence, reason, null);
    }
}
