package app.orbit.exchange;

/** Which contacts a vCard or CSV export takes: the search words of the list, archived ones or not. */
public record ContactFilter(String query, boolean includeArchived) {

    /** Everyone, archived included. */
    public static final ContactFilter ALL = new ContactFilter("", true);

    public ContactFilter {
        query = query == null ? "" : query;
    }
}
