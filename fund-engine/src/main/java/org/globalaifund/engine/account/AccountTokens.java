package org.globalaifund.engine.account;

import static org.globalaifund.engine.db.Tables.ACCOUNT_TOKEN;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The one-time links of self-service accounts (table {@code fund.account_token}). The token travels in
 * the email only; the table keeps its SHA-256 hash, so a copy of the database opens no account.
 */
@Repository
public class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;

    public AccountTokens(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new random token (32 bytes, base64url); the caller stores its {@link #hash}. */
    static String newToken() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public void insert(String tokenHash, String personId, TokenPurpose purpose, Instant now, Instant expiresAt) {
        dsl.insertInto(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash).set(ACCOUNT_TOKEN.PERSON_ID, personId)
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name()).set(ACCOUNT_TOKEN.CREATED_AT, now)
                .set(ACCOUNT_TOKEN.EXPIRES_AT, expiresAt).execute();
    }

    /** The person an open (unused, unexpired) link of this purpose belongs to. */
    public Optional<String> open(String tokenHash, TokenPurpose purpose, Instant now) {
        return dsl.select(ACCOUNT_TOKEN.PERSON_ID).from(ACCOUNT_TOKEN)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash)).and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull()).and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .fetchOptional(ACCOUNT_TOKEN.PERSON_ID);
    }

    /** Marks an open link used; false when it was used, closed or expired meanwhile (two tabs, two clicks). */
    public boolean use(String tokenHash, TokenPurpose purpose, Instant now) {
        return dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.USED_AT, now)
                .where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash)).and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull()).and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .execute() == 1;
    }

    /** Closes every open link of this purpose of a person: a newer link replaces them. */
    public void close(String personId, TokenPurpose purpose, Instant now) {
        dsl.update(ACCOUNT_TOKEN).set(ACCOUNT_TOKEN.EXPIRES_AT, now)
                .where(ACCOUNT_TOKEN.PERSON_ID.eq(personId)).and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull()).and(ACCOUNT_TOKEN.EXPIRES_AT.gt(now))
                .execute();
    }
}
