package org.globalaifund.engine.diligence;

import org.globalaifund.engine.diligence.SanctionsListFile.Kind;

/**
 * An entry of the list that a screened name matched: its UN reference number, kind and primary name, and which of its
 * names (the primary one, the original script, or an alias) has the same key. {@code entryNo} and {@code nameNo}
 * place that name in its list version.
 */
public record SanctionsMatch(String referenceNumber, Kind kind, String primaryName, String matchedName, boolean alias,
        int entryNo, int nameNo) {}
