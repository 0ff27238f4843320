package app.orbit.domain;

/** The helpful things the advisor can suggest doing for a contact, in the order it considers them. */
public enum GestureKind {
    /** Keep a promise made in an earlier interaction. */
    FOLLOW_UP,
    /** Wish a happy birthday within the week. */
    BIRTHDAY,
    /** Put the contact in touch with someone whose offers meet their needs. */
    INTRODUCE,
    /** Congratulate them on news mentioned recently. */
    CONGRATULATE,
    /** Share something on a topic they care about. */
    SHARE,
    /** Call just to hear how they are, asking for nothing. */
    CHECK_IN;

    /**
     * How a touch made for this gesture is logged at first: a gesture that helps them (an
     * introduction, a share, a promise kept) as "I helped", the others with no exchange; the user
     * may still change it before saving.
     */
    public Exchange loggedAs() {
        return switch (this) {
            case INTRODUCE, SHARE, FOLLOW_UP -> Exchange.GAVE;
            case BIRTHDAY, CONGRATULATE, CHECK_IN -> Exchange.NONE;
        };
    }
}
