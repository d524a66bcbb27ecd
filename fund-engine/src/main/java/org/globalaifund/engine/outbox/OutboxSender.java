package org.globalaifund.engine.outbox;

import static org.globalaifund.engine.db.Tables.OUTBOX_MESSAGE;

import java.time.Clock;
import java.time.Duration;
import org.globalaifund.engine.config.FundProperties;
import org.globalaifund.engine.db.tables.records.OutboxMessageRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued outbox messages after their transaction committed, one message per transaction, with
 * exponential back-off; a message that keeps failing stops after the configured number of attempts
 * and stays visible with its last error.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final DSLContext dsl;
    private final JavaMailSender mail;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final FundProperties properties;

    public OutboxSender(DSLContext dsl, JavaMailSender mail, TransactionTemplate tx, Clock clock, FundProperties properties) {
        this.dsl = dsl;
        this.mail = mail;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${fund.mail.poll-interval:PT5S}", initialDelayString = "${fund.mail.initial-delay:PT10S}")
    public void poll() {
        if (properties.mail().maxAttempts() > 0) {
            sendDue();
        }
    }

    /** Sends every due message; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        while (true) {
            Boolean result = tx.execute(status -> sendOne());
            if (result == null) {
                return sent;
            }
            if (result) {
                sent++;
            }
        }
    }

    /** Sends the oldest due message; null when there is none. The row lock keeps two senders apart. */
    private Boolean sendOne() {
        var now = clock.instant();
        OutboxMessageRecord message = dsl.selectFrom(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.SENT_AT.isNull())
                .and(OUTBOX_MESSAGE.NEXT_ATTEMPT_AT.le(now))
                .and(OUTBOX_MESSAGE.ATTEMPTS.lt(properties.mail().maxAttempts()))
                .orderBy(OUTBOX_MESSAGE.ID)
                .limit(1)
                .forUpdate()
                .fetchOne();
        if (message == null) {
            return null;
        }
        try {
            SimpleMailMessage email = new SimpleMailMessage();
            email.setFrom(properties.mail().from());
            email.setTo(message.getRecipient());
            email.setSubject(message.getSubject());
            email.setText(message.getBody());
            mail.send(email);
            message.setSentAt(now);
            message.setAttempts(message.getAttempts() + 1);
            message.store();
            return true;
        } catch (MailException e) {
            int attempts = message.getAttempts() + 1;
            log.warn("Outbox message {} to {} failed (attempt {}): {}", message.getId(), message.getRecipient(), attempts, e.getMessage());
            message.setAttempts(attempts);
            message.setLastError(truncate(e.getMessage()));
            message.setNextAttemptAt(now.plus(Duration.ofSeconds(30L << Math.min(attempts, 10))));
            message.store();
            return false;
        }
    }

    private static String truncate(String text) {
        if (text == null) {
            return "unknown error";
        }
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
