package app.orbit.exchange;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Collection;
import java.util.Locale;

/**
 * Compares phone numbers as numbers, not as text (libphonenumber): "+49-221-9999123" and
 * "(0221) 9999123" are one number for someone in Germany. A national number is read in the user's
 * region; when it is not a valid number there, in the region of the person's other numbers written
 * internationally (a Cologne number of a contact whose mobile is +49…). What was typed is kept for
 * display; only the comparison uses the normalised form.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String region;

    /** Numbers read in {@code region} (ISO 3166 code, "FR"); "ZZ" when unknown. */
    PhoneNumbers(String region) {
        this.region = region == null || region.isBlank() ? "ZZ" : region.toUpperCase(Locale.ROOT);
    }

    /** The region national numbers are read in ("ZZ" when unknown). */
    String region() {
        return region;
    }

    /** The user's region, from the system locale ("FR" for fr_FR); "ZZ" when it names none. */
    static String systemRegion() {
        String country = Locale.getDefault(Locale.Category.FORMAT).getCountry();
        return UTIL.getSupportedRegions().contains(country) ? country : "ZZ";
    }

    /**
     * The key under which a number is compared: E.164 ("+492219999123") when libphonenumber reads
     * a valid number, else its digits and letters as typed (a vanity number, an extension).
     * {@code siblings} are the person's other numbers, whose regions are tried for a national one.
     */
    String key(String typed, Collection<String> siblings) {
        PhoneNumber n = parse(typed, region);
        if (n == null || !UTIL.isValidNumber(n)) {
            for (String s : siblings) {
                if (s.strip().startsWith("+") || s.strip().startsWith("00")) {
                    PhoneNumber other = parse(s, region);
                    String r = other == null ? null : UTIL.getRegionCodeForNumber(other);
                    if (r != null && !r.equals(region)) {
                        PhoneNumber again = parse(typed, r);
                        if (again != null && UTIL.isValidNumber(again)) {
                            n = again;
                            break;
                        }
                    }
                }
            }
        }
        if (n != null && UTIL.isValidNumber(n)) {
            String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
            return n.hasExtension() ? e164 + "x" + n.getExtension() : e164;
        }
        return typed.replaceAll("[^0-9A-Za-z+]", "").toUpperCase(Locale.ROOT);
    }

    private static PhoneNumber parse(String typed, String region) {
        try {
            return UTIL.parse(typed, region);
        } catch (NumberParseException e) {
            return null;
        }
    }
}
