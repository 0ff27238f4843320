package app.orbit.store;

import app.orbit.domain.Ask;
import app.orbit.domain.HelpWanted;
import app.orbit.service.AskRepository;
import app.orbit.service.NotFoundException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The user's asks in H2, with plain JDBC. */
public final class JdbcAskRepository implements AskRepository {

    private static final String COLUMNS =
            "id, looking_for, ask_domain, niche, differentiator, help_wanted, active, created_at, updated_at, owner";

    private final Store db;

    public JdbcAskRepository(Store db) {
        this.db = db;
    }

    @Override
    public Ask insert(Ask ask) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO ask (looking_for, ask_domain, niche, "
                    + "differentiator, help_wanted, active, created_at, updated_at, owner) VALUES (?,?,?,?,?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, ask);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return ask.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public Ask update(Ask ask) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE ask SET looking_for = ?, ask_domain = ?, "
                    + "niche = ?, differentiator = ?, help_wanted = ?, active = ?, created_at = ?, updated_at = ?, "
                    + "owner = ? WHERE id = ?")) {
                int i = bind(ps, ask);
                ps.setLong(i, ask.id());
                if (ps.executeUpdate() == 0) {
                    throw new NotFoundException("ask", ask.id());
                }
                return ask;
            }
        });
    }

    private static int bind(PreparedStatement ps, Ask a) throws SQLException {
        int i = 1;
        ps.setString(i++, a.lookingFor());
        ps.setString(i++, a.domain());
        ps.setString(i++, a.niche());
        ps.setString(i++, a.differentiator());
        ps.setString(i++, a.helpWanted().name());
        ps.setBoolean(i++, a.active());
        Jdbc.setInstant(ps, i++, a.createdAt());
        Jdbc.setInstant(ps, i++, a.updatedAt());
        ps.setString(i++, a.owner());
        return i;
    }

    @Override
    public Optional<Ask> find(long id) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM ask WHERE id = ?")) {
                ps.setLong(1, id);
                List<Ask> found = read(ps);
                return found.isEmpty() ? Optional.<Ask>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<Ask> list(boolean includeRetired) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM ask"
                    + (includeRetired ? "" : " WHERE active = TRUE")
                    + " ORDER BY active DESC, updated_at DESC, id DESC")) {
                return read(ps);
            }
        });
    }

    @Override
    public List<Ask> listFor(String person, boolean includeRetired) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM ask"
                    + " WHERE (owner = ? OR owner IS NULL)" + (includeRetired ? "" : " AND active = TRUE")
                    + " ORDER BY active DESC, updated_at DESC, id DESC")) {
                ps.setString(1, person);
                return read(ps);
            }
        });
    }

    @Override
    public boolean delete(long id) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM ask WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    private static List<Ask> read(PreparedStatement ps) throws SQLException {
        List<Ask> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Ask(rs.getLong("id"), rs.getString("looking_for"), rs.getString("ask_domain"),
                        rs.getString("niche"), rs.getString("differentiator"),
                        HelpWanted.valueOf(rs.getString("help_wanted")), rs.getBoolean("active"),
                        Jdbc.getInstant(rs, "created_at"), Jdbc.getInstant(rs, "updated_at"), rs.getString("owner")));
            }
        }
        return out;
    }
}
