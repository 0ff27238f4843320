package app.orbit.domain;

import java.util.List;

/**
 * Contact {@code needer}'s needs met by contact {@code offerer}'s offers, with how sure the
 * matcher is (0–1), the clauses of each text that met ({@code needPhrase}, {@code offerPhrase},
 * as the users typed them) and {@code why}: the words or meaning that matched.
 */
public record IntroductionMatch(MatchProfile needer, MatchProfile offerer, double confidence, String needPhrase,
        String offerPhrase, List<String> why) {

    public IntroductionMatch {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of range: " + confidence);
        }
        needPhrase = Text.clean(needPhrase);
        offerPhrase = Text.clean(offerPhrase);
        why = List.copyOf(why);
    }

    public IntroductionPair pair() {
        return IntroductionPair.of(needer.id(), offerer.id());
    }
}
