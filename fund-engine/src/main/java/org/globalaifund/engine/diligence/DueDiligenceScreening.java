package org.globalaifund.engine.diligence;

import java.time.Instant;
import java.util.List;
import org.globalaifund.engine.diligence.SanctionsMatcher.ScreenedName;

/**
 * A screening of an application's organisation and signatories against one version of the sanctions list, and ADMIN's
 * decision on a possible match (cleared or rejected, with the reason; taken once).
 */
public record DueDiligenceScreening(String id, String applicationId, String listId, Instant screenedAt, Result result,
        List<ScreenedName> names, Decision decision, String decidedBy, Instant decidedAt, String reason) {

    /** CLEAR: no name matched; POSSIBLE_MATCH: the application stops until ADMIN decides. */
    public enum Result { CLEAR, POSSIBLE_MATCH }

    /** ADMIN's decision on a possible match: not the listed party (CLEARED), or the application goes no further (REJECTED). */
    public enum Decision { CLEARED, REJECTED }

    public boolean awaitsDecision() {
        return result == Result.POSSIBLE_MATCH && decision == null;
    }
}
