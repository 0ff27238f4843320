package app.orbit.domain;

/** What the introduction matcher needs to know of a contact. */
public record MatchProfile(long id, String name, String needs, String offers, Long introducedById,
        boolean archived) {

    public MatchProfile {
        name = Text.clean(name);
        needs = Text.clean(needs);
        offers = Text.clean(offers);
    }

    public static MatchProfile of(Contact c) {
        if (c.id() == null) {
            throw new IllegalArgumentException("contact is not stored");
        }
        return new MatchProfile(c.id(), c.displayName(), c.needs(), c.offers(), c.introducedById(), c.archived());
    }
}
