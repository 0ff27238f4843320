package app.orbit.domain;

/** How a server's address is shown and logged: whatever came before the host (a user name, a password) left out. */
public final class ServerAddress {

    private ServerAddress() {
    }

    /** {@code postgresql://ana@db.example/orbit} is shown {@code postgresql://…@db.example/orbit}. */
    public static String masked(String address) {
        int scheme = address.indexOf("://");
        int at = address.indexOf('@');
        String shown = scheme > 0 && at > scheme ? address.substring(0, scheme + 3) + "…@" + address.substring(at + 1)
                : address;
        // A password among the driver's options is hidden too (the address is refused for it).
        return shown.replaceAll("(?i)([?&]password=)[^&]*", "$1…");
    }
}
