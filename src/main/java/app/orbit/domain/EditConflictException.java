package app.orbit.domain;

/**
 * An edit made from a version of a contact that someone else has changed since (another window on
 * the same shared database): nothing was saved; {@link #current()} is the contact as it is now.
 */
public final class EditConflictException extends OrbitException {

    private final transient Contact current;

    public EditConflictException(Contact current) {
        super("error.contact.editedElsewhere", current.displayName());
        this.current = current;
    }

    /** The contact as stored now, to show beside the edit that was refused. */
    public Contact current() {
        return current;
    }
}
