package app.orbit.store;

import app.orbit.domain.IntroductionPair;
import app.orbit.domain.IntroductionVerdict;
import app.orbit.service.IntroductionRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Introductions made, in H2. */
public final class JdbcIntroductionRepository implements IntroductionRepository {

    private final Store db;

    public JdbcIntroductionRepository(Store db) {
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
    public void decide(IntroductionVerdict v) {
        db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().upsert("introduction_verdict",
                    java.util.List.of("needer_id", "offerer_id"),
                    java.util.List.of("needer_id", "offerer_id", "verdict", "decided_on", "until")))) {
                ps.setLong(1, v.neederId());
                ps.setLong(2, v.offererId());
                ps.setString(3, v.kind().name());
                Jdbc.setDate(ps, 4, v.decidedOn());
                Jdbc.setDate(ps, 5, v.until());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public java.util.List<IntroductionVerdict> verdicts() {
        return db.withConnection(conn -> {
            java.util.List<IntroductionVerdict> out = new java.util.ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT needer_id, offerer_id, verdict, decided_on, until "
                    + "FROM introduction_verdict ORDER BY needer_id, offerer_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new IntroductionVerdict(rs.getLong(1), rs.getLong(2),
                            IntroductionVerdict.Kind.valueOf(rs.getString(3)), Jdbc.getDate(rs, "decided_on"),
                            Jdbc.getDate(rs, "until")));
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
            try (PreparedStatement ps = conn.prepareStatement("SELECT contact_a, contact_b FROM " + db.dialect().ids("w", "wanted") + " "
                    + "JOIN introduction ON contact_a = w.wanted UNION SELECT contact_a, contact_b "
                    + "FROM " + db.dialect().ids("w", "wanted") + " JOIN introduction ON contact_b = w.wanted")) {
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
