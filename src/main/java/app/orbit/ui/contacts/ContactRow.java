package app.orbit.ui.contacts;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Staleness;

/** One line of the contacts table: the contact and its staleness today. */
public record ContactRow(ContactSummary contact, Staleness staleness) {
}
