package org.globalaifund.engine.outbox;

import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;

import java.time.Clock;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Queues a message to the outside world in the caller's transaction; {@link OutboxSender} sends it
 * after commit. The deduplication key makes a repeated step (a retried job, a double click) queue once.
 */
@Component
public class Outbox {

    private final DSLContext dsl;
    private final Clock clock;

    public Outbox(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Queues an email; returns false when a message with the same key was queued before. */
    public boolean email(String dedupKey, String recipient, String subject, String body) {
        var now = clock.instant();
        return dsl.insertInto(OUTBOX_MESSAGE)
                .set(OUTBOX_MESSAGE.DEDUP_KEY, dedupKey)
                .set(OUTBOX_MESSAGE.CHANNEL, "EMAIL")
                .set(OUTBOX_MESSAGE.RECIPIENT, recipient)
                .set(OUTBOX_MESSAGE.SUBJECT, subject)
                .set(OUTBOX_MESSAGE.BODY, body)
                .set(OUTBOX_MESSAGE.CREATED_AT, now)
                .set(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT, now)
                .onConflict(OUTBOX_MESSAGE.DEDUP_KEY).doNothing()
                .execute() == 1;
    }
}
