package org.globalaifund.engine.audit;

import static org.globalaifund.engine.db.Tables.AUDIT_EVENT;

import java.time.Clock;
import java.util.List;
import org.globalaifund.engine.db.tables.records.AuditEventRecord;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Records who did what to which subject, in the fund's own tables so the trail outlives Camunda's
 * history clean-up. Written in the caller's transaction: no record without the change, nor the reverse.
 */
@Component
public class AuditTrail {

    private final DSLContext dsl;
    private final Clock clock;

    public AuditTrail(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    public void record(String actorId, String eventType, String subjectType, String subjectId, String detail) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.OCCURRED_AT, clock.instant())
                .set(AUDIT_EVENT.ACTOR_ID, actorId)
                .set(AUDIT_EVENT.EVENT_TYPE, eventType)
                .set(AUDIT_EVENT.SUBJECT_TYPE, subjectType)
                .set(AUDIT_EVENT.SUBJECT_ID, subjectId)
                .set(AUDIT_EVENT.DETAIL, detail)
                .execute();
    }

    public List<AuditEventRecord> forSubject(String subjectType, String subjectId) {
        return dsl.selectFrom(AUDIT_EVENT)
                .where(AUDIT_EVENT.SUBJECT_TYPE.eq(subjectType)).and(AUDIT_EVENT.SUBJECT_ID.eq(subjectId))
                .orderBy(AUDIT_EVENT.ID.desc())
                .fetch();
    }
}
