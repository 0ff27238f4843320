package app.orbit.exchange;

import app.orbit.domain.Contact;
import app.orbit.domain.Photo;
import app.orbit.domain.PostalAddress;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.ImageType;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Contacts as vCard 4.0. Orbit's own fields (how we met, needs, offers, known since) go in
 * X-ORBIT- properties, which other programs ignore and Orbit reads back.
 */
final class VCardExport {

    private VCardExport() {
    }

    static void write(List<Contact> contacts, OutputStream out) throws IOException {
        List<VCard> cards = contacts.stream().map(VCardExport::toCard).toList();
        Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go(out);
    }

    static VCard toCard(Contact c) {
        VCard card = new VCard();
        StructuredName n = new StructuredName();
        n.setGiven(c.firstName());
        n.setFamily(c.lastName());
        if (!c.middleName().isEmpty()) {
            n.getAdditionalNames().add(c.middleName());
        }
        if (!c.namePrefix().isEmpty()) {
            n.getPrefixes().add(c.namePrefix());
        }
        if (!c.nameSuffix().isEmpty()) {
            n.getSuffixes().add(c.nameSuffix());
        }
        card.setStructuredName(n);
        card.setFormattedName(c.displayName());
        c.emails().forEach(card::addEmail);
        c.phones().forEach(p -> card.addTelephoneNumber(p));
        if (!c.organisation().isEmpty()) {
            Organization org = new Organization();
            org.getValues().add(c.organisation());
            card.setOrganization(org);
        }
        if (!c.title().isEmpty()) {
            card.addTitle(c.title());
        }
        // The city first, alone, when no address holds it: read back, it is the city and not an address.
        if (!c.city().isEmpty() && c.addresses().stream().noneMatch(x -> x.city().equals(c.city()))) {
            Address a = new Address();
            a.setLocality(c.city());
            card.addAddress(a);
        }
        for (PostalAddress p : c.addresses()) {
            Address a = new Address();
            a.setStreetAddress(p.street().isEmpty() ? null : p.street());
            a.setPostalCode(p.postcode().isEmpty() ? null : p.postcode());
            a.setLocality(p.city().isEmpty() ? null : p.city());
            a.setRegion(p.region().isEmpty() ? null : p.region());
            a.setCountry(p.country().isEmpty() ? null : p.country());
            if (!p.label().isEmpty()) {
                a.getTypes().add(AddressType.get(p.label()));
            }
            card.addAddress(a);
        }
        if (c.photo() != null) {
            Photo photo = c.photo();
            card.addPhoto(new ezvcard.property.Photo(photo.bytes(), ImageType.get(null, photo.mediaType(), null)));
        }
        if (c.birthday() != null) {
            app.orbit.domain.Birthday b = c.birthday();
            card.setBirthday(b.year() != null
                    ? new Birthday(java.time.LocalDate.of(b.year(), b.monthDay().getMonth(), b.monthDay().getDayOfMonth()))
                    : new Birthday(PartialDate.builder().month(b.monthDay().getMonthValue())
                            .date(b.monthDay().getDayOfMonth()).build()));
        }
        if (!c.notes().isEmpty()) {
            card.addNote(c.notes());
        }
        if (!c.tags().isEmpty()) {
            Categories cats = new Categories();
            cats.getValues().addAll(c.tags());
            card.setCategories(cats);
        }
        if (!c.profileUrl().isEmpty()) {
            card.addUrl(c.profileUrl());
        }
        extended(card, VCardFileReader.X_HOW_WE_MET, c.howWeMet());
        extended(card, VCardFileReader.X_NEEDS, c.needs());
        extended(card, VCardFileReader.X_OFFERS, c.offers());
        if (c.knownSince() != null) {
            extended(card, VCardFileReader.X_KNOWN_SINCE, c.knownSince().toString());
        }
        return card;
    }

    private static void extended(VCard card, String name, String value) {
        if (value != null && !value.isEmpty()) {
            card.addExtendedProperty(name, escape(value));
        }
    }

    /**
     * An X- value escaped as RFC 6350 escapes TEXT (backslash, line break, comma, semicolon).
     * ez-vcard writes an unknown property's value raw, escaping only its line breaks, and reads
     * it back raw: a backslash followed by "n" and a line break came back as the same two
     * characters. Escaping here, and unescaping in {@link VCardFileReader}, keeps them apart. Every
     * line break (CR LF, CR, LF) becomes backslash-n, as in the standard properties.
     */
    static String escape(String value) {
        StringBuilder b = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case ',' -> b.append("\\,");
                case ';' -> b.append("\\;");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
