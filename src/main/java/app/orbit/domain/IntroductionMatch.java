package app.orbit.domain;

import java.util.List;

/**
 * Contact {@code needer}'s needs meet contact {@code offerer}'s offers: {@code needPhrase} and
 * {@code offerPhrase} are the clauses that met, as the users typed them; {@code why} the words of
 * the need that matched (also as typed); {@code confidence} in [0, 1].
 */
public record IntroductionMatch(MatchProfile needer, MatchProfile offerer, double confidence, String needPhrase,
        String offerPhrase, List<String> why) {

    public IntroductionMatch {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
        needPhrase = Text.clean(needPhrase);
        offerPhrase = Text.clean(offerPhrase);
        why = List.copyOf(why);
    }

    public IntroductionPair pair() {
        return IntroductionPair.of(needer.id(), offerer.id());
    }
}
