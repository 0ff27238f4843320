package app.orbit.bench;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/** A LinkedIn "Connections.csv" export of any size, seeded: the preamble, the header, one row per connection. */
public final class LinkedInFile {

    private static final DateTimeFormatter CONNECTED_ON = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);

    private LinkedInFile() {
    }

    /** {@code rows} connections whose names and emails are unique within the file and tagged by {@code batch}. */
    public static byte[] generate(int rows, long seed, String batch) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder(rows * 140);
        sb.append("Notes:\n\"When exporting your connection data, you may notice that some of the email addresses "
                + "are missing.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            String first = SyntheticNetwork.FIRST[r.nextInt(SyntheticNetwork.FIRST.length)];
            String last = SyntheticNetwork.LAST[r.nextInt(SyntheticNetwork.LAST.length)] + " " + batch + i;
            String slug = (batch + "-" + i).toLowerCase(Locale.ROOT);
            String email = r.nextInt(3) == 0 ? "" : "p" + slug + "@example.com";
            String company = SyntheticNetwork.ORG[r.nextInt(SyntheticNetwork.ORG.length)];
            String position = SyntheticNetwork.TITLE[r.nextInt(SyntheticNetwork.TITLE.length)];
            sb.append(csv(first)).append(',').append(csv(last)).append(",https://www.linkedin.com/in/").append(slug)
                    .append(',').append(email).append(',').append(csv(company)).append(',').append(csv(position))
                    .append(',').append(SyntheticNetwork.TODAY.minusDays(r.nextInt(4000)).format(CONNECTED_ON))
                    .append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
