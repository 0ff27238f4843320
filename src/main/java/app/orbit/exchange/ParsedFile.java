package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one file, before it is compared with what Orbit holds. Interactions and
 * settings come only from a JSON backup.
 */
record ParsedFile(SourceText source, ImportFormat format, List<Candidate> candidates,
        List<JsonBackup.InteractionRecord> interactions, Map<String, String> settings, List<Skip> skipped,
        List<OrbitException> warnings) {

    ParsedFile {
        candidates = List.copyOf(candidates);
        interactions = List.copyOf(interactions);
        settings = Map.copyOf(settings);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
