package org.globalaifund.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.SettingsTools;

/**
 * The caller's {@link DSLContext} with the ledger's rendering settings (unquoted names, so one schema works on H2 and
 * PostgreSQL), and the shared {@link Clock}. Same connection, same transaction: the ledger never commits.
 */
final class LedgerContext {

    /** IN lists and batched statements are cut to this size (PostgreSQL allows at most 32767 bind values). */
    static final int CHUNK = 1000;

    final DSLContext dsl;
    final Clock clock;

    LedgerContext(DSLContext callerDsl, Clock clock) {
        Objects.requireNonNull(callerDsl, "dsl");
        this.clock = Objects.requireNonNull(clock, "clock");
        Settings settings = SettingsTools.clone(callerDsl.settings());
        this.dsl = callerDsl.configuration().derive(settings.withRenderQuotedNames(RenderQuotedNames.NEVER)
                .withRenderSchema(true)).dsl();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static <T> List<List<T>> chunks(Collection<T> values) {
        return chunks(values, CHUNK);
    }

    static <T> List<List<T>> chunks(Collection<T> values, int size) {
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return chunks;
    }
}
