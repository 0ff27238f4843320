package app.orbit.domain;

import java.util.List;

/** Contact {@code needer}'s needs meet contact {@code offerer}'s offers on the {@code shared} keywords. */
public record IntroductionMatch(MatchProfile needer, MatchProfile offerer, List<String> shared) {

    public IntroductionMatch {
        shared = List.copyOf(shared);
    }

    public IntroductionPair pair() {
        return IntroductionPair.of(needer.id(), offerer.id());
    }
}
