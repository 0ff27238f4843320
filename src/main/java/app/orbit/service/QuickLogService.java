package app.orbit.service;

import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
        return log(draft, existingIds, newPeople, Set.of());
    }

    /**
     * The same, when the draft's promise was made to some of the new people too: {@code promisedToNew}
     * holds their positions in {@code newPeople}; they join the recipients the draft names.
     */
    public Interaction log(Interaction.Draft draft, List<Long> existingIds, List<Contact> newPeople,
            Set<Integer> promisedToNew) {
        return transactions.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(existingIds);
            List<Long> promisedTo = new ArrayList<>(draft.followUp() == null ? List.of() : draft.followUp().to());
            for (int k = 0; k < newPeople.size(); k++) {
                long id = contacts.create(newPeople.get(k)).id();
                ids.add(id);
                if (promisedToNew.contains(k)) {
                    promisedTo.add(id);
                }
            }
            Interaction.Draft d = draft.followUp() == null ? draft
                    : draft.withFollowUp(draft.followUp().to(promisedTo));
            return interactions.log(d.with(ids));
        });
    }
}
