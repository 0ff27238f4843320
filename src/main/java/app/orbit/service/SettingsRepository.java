package app.orbit.service;

import java.util.Map;
import java.util.Optional;

/** Port: the user's settings, stored with the data so a backup or export carries them. */
public interface SettingsRepository {

    Optional<String> get(String key);

    void put(String key, String value);

    Map<String, String> all();
}
