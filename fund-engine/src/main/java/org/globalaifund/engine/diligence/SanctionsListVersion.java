package org.globalaifund.engine.diligence;

import java.time.Instant;

/**
 * One import of the UN Consolidated List: the file it came from (name and SHA-256), the list's own
 * {@code dateGenerated} as printed (or null), who imported it when, and how many individuals, entities and aliases it
 * holds. The import with the highest {@code importNo} is the current list; screenings name the version they used.
 */
public record SanctionsListVersion(String id, int importNo, String sourceFileName, String sha256, String dateGenerated,
        Instant importedAt, String importedBy, int individuals, int entities, int aliases) {}
