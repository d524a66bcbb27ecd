package org.globalaifund.engine.finance;

import static org.globalaifund.engine.db.Tables.IDEMPOTENCY_KEY;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Remembers the {@code Idempotency-Key} of every request that moves value, with a hash of its content
 * and what it created, in the request's own transaction: the same key with the same content returns the
 * first result; with other content it is refused; a request that failed leaves no key behind.
 */
@Component
public class IdempotencyKeys {

    private final DSLContext dsl;
    private final Clock clock;

    public IdempotencyKeys(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /**
     * Runs {@code action} once per (scope, key): returns the id it created, or the id the first request
     * with this key created. {@code content} is a canonical text of the request's content.
     */
    public String once(String scope, String key, String content, Supplier<String> action) {
        if (key == null || key.isBlank() || key.length() > 200) {
            throw FundException.invalid("Idempotency-Key", "Send an Idempotency-Key header of 1 to 200 characters.");
        }
        String hash = sha256(content);
        Optional<String> earlier = earlier(scope, key, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String created = action.get();
        int inserted = dsl.insertInto(IDEMPOTENCY_KEY)
                .set(IDEMPOTENCY_KEY.SCOPE, scope).set(IDEMPOTENCY_KEY.IDEM_KEY, key)
                .set(IDEMPOTENCY_KEY.REQUEST_HASH, hash).set(IDEMPOTENCY_KEY.RESULT_ID, created)
                .set(IDEMPOTENCY_KEY.CREATED_AT, clock.instant())
                .onConflictDoNothing().execute();
        if (inserted == 0) {
            // a concurrent request with the same key won: this transaction must not also apply its effect
            throw new FundException(ProblemType.STATE_CONFLICT, "A request with this Idempotency-Key is being processed; retry it.");
        }
        return created;
    }

    private Optional<String> earlier(String scope, String key, String hash) {
        var row = dsl.selectFrom(IDEMPOTENCY_KEY).where(IDEMPOTENCY_KEY.SCOPE.eq(scope)).and(IDEMPOTENCY_KEY.IDEM_KEY.eq(key)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        if (!row.getRequestHash().equals(hash)) {
            throw new FundException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key for a new request.");
        }
        return Optional.of(row.getResultId());
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
