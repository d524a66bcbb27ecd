package org.globalaifund.ledger.support;

import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Function;
import org.globalaifund.ledger.Ledger;
import org.jooq.DSLContext;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** Runs ledger calls the way the application does: each call inside a transaction that the caller opens and commits. */
public final class LedgerFixture {

    public final TestDatabase database;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-01-15T09:00:00Z"));
    private final DSLContext dsl;

    public LedgerFixture(TestDatabase database) {
        this.database = database;
        this.dsl = DSL.using(database.dataSource(), database.dialect(),
                new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
    }

    /** Runs {@code work} in a new transaction and commits it (rolls back if it throws). */
    public <T> T tx(Function<Ledger, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new Ledger(cfg.dsl(), clock)));
    }

    public void run(Consumer<Ledger> work) {
        dsl.transaction(cfg -> work.accept(new Ledger(cfg.dsl(), clock)));
    }

    public DSLContext dsl() {
        return dsl;
    }
}
