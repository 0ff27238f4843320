package app.orbit.ui.contacts;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Staleness;

/**
 * One line of the contacts table: the contact, its staleness today, and whether any interaction
 * was ever logged with them (if not, their last touch is only the day Orbit has known them from).
 */
public record ContactRow(ContactSummary contact, Staleness staleness, boolean touched) {
}
