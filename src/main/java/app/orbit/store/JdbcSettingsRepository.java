package app.orbit.store;

import app.orbit.service.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings as name/value rows in H2. */
public final class JdbcSettingsRepository implements SettingsRepository {

    private final Store db;

    public JdbcSettingsRepository(Store db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT setting_value FROM setting WHERE setting_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().upsert("setting", List.of("setting_key"), List.of("setting_key", "setting_value")))) {
                ps.setString(1, key);
                ps.setString(2, value);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Map<String, String> all() {
        return db.withConnection(conn -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT setting_key, setting_value FROM setting ORDER BY setting_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }
}
