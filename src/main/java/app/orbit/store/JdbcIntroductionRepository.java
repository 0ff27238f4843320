package app.orbit.store;

import app.orbit.domain.IntroductionPair;
import app.orbit.service.IntroductionRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Introductions made, in H2. */
public final class JdbcIntroductionRepository implements IntroductionRepository {

    private final Database db;

    public JdbcIntroductionRepository(Database db) {
        this.db = db;
    }

    @Override
    public void record(IntroductionPair pair, LocalDate on, Long interactionId) {
        db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO introduction (contact_a, contact_b, "
                    + "introduced_on, interaction_id) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM introduction "
                    + "WHERE contact_a = ? AND contact_b = ?)")) {
                ps.setLong(1, pair.first());
                ps.setLong(2, pair.second());
                Jdbc.setDate(ps, 3, on);
                Jdbc.setLong(ps, 4, interactionId);
                ps.setLong(5, pair.first());
                ps.setLong(6, pair.second());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public java.util.List<Made> all() {
        return db.withConnection(conn -> {
            java.util.List<Made> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT contact_a, contact_b, introduced_on, "
                    + "interaction_id FROM introduction ORDER BY contact_a, contact_b");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Made(IntroductionPair.of(rs.getLong(1), rs.getLong(2)), Jdbc.getDate(rs, "introduced_on"),
                            Jdbc.getLong(rs, "interaction_id")));
                }
            }
            return out;
        });
    }

    @Override
    public Set<IntroductionPair> involving(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return Set.of();
        }
        return db.withConnection(conn -> {
            Set<IntroductionPair> out = new LinkedHashSet<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT contact_a, contact_b FROM TABLE(wanted BIGINT = ?) w "
                    + "JOIN introduction ON contact_a = w.wanted UNION SELECT contact_a, contact_b "
                    + "FROM TABLE(wanted BIGINT = ?) w JOIN introduction ON contact_b = w.wanted")) {
                Jdbc.setIds(ps, 1, contactIds);
                Jdbc.setIds(ps, 2, contactIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(IntroductionPair.of(rs.getLong(1), rs.getLong(2)));
                    }
                }
            }
            return out;
        });
    }
}
