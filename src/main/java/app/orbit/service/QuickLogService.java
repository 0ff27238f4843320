package app.orbit.service;

import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Logging right after a meeting, where some of the people met are new: creates them and logs
 * the interaction with everyone in one transaction, so a failure leaves neither behind.
 */
public final class QuickLogService {

    private final ContactService contacts;
    private final InteractionService interactions;
    private final Transactions transactions;

    public QuickLogService(ContactService contacts, InteractionService interactions, Transactions transactions) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.transactions = transactions;
    }

    /** Creates {@code newPeople} (unstored drafts), then logs the draft with them and {@code existingIds}. */
    public Interaction log(Interaction.Draft draft, List<Long> existingIds, List<Contact> newPeople) {
        return transactions.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(existingIds);
            for (Contact c : newPeople) {
                ids.add(contacts.create(c).id());
            }
            return interactions.log(draft.with(ids));
        });
    }
}
