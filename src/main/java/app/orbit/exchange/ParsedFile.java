package app.orbit.exchange;

import app.orbit.domain.Ask;
import app.orbit.domain.OrbitException;
import java.util.List;
import java.util.Map;

/**
 * Everything read from one file, before it is compared with what Orbit holds. Interactions, asks
 * and settings come only from a JSON backup.
 */
record ParsedFile(SourceText source, ImportFormat format, List<Candidate> candidates,
        List<JsonBackup.InteractionRecord> interactions, List<Ask> asks, Map<String, String> settings,
        BackupDtos.Extras extras, List<Skip> skipped, List<OrbitException> warnings) {

    ParsedFile {
        candidates = List.copyOf(candidates);
        interactions = List.copyOf(interactions);
        asks = List.copyOf(asks);
        settings = Map.copyOf(settings);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
