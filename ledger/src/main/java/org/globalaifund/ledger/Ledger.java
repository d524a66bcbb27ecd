package org.globalaifund.ledger;

import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;

/**
 * The double-entry ledger of the fund: books, accounts, entries (plain, pending, post, void), balances and reports.
 * It runs on the caller's {@link DSLContext} inside the caller's transaction and never commits; create one per
 * application (e.g. a Spring bean) with the {@link Clock} the process engine uses too.
 *
 * <pre>{@code
 * Ledger ledger = new Ledger(dsl, clock);
 * Account cash = ledger.accounts().open(AccountKey.of("FIN-USD", "1100", "UNRESTRICTED"), Side.DEBIT,
 *         AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
 * EntryResult result = ledger.submit(NewEntry.builder("receipt:PLG-12:3", "FIN-USD", valueDate)
 *         .debit(cash.id(), 150_000).credit(pledges.id(), 150_000).build());
 * }</pre>
 */
public final class Ledger {

    private final Books books;
    private final Accounts accounts;
    private final Entries entries;
    private final Balances balances;
    private final Reports reports;

    public Ledger(DSLContext dsl, Clock clock) {
        LedgerContext ctx = new LedgerContext(dsl, clock);
        this.books = new Books(ctx);
        this.accounts = new Accounts(ctx, books);
        this.entries = new Entries(ctx);
        this.balances = new Balances(ctx);
        this.reports = new Reports(ctx);
    }

    public Books books() {
        return books;
    }

    public Accounts accounts() {
        return accounts;
    }

    public Entries entries() {
        return entries;
    }

    public Balances balances() {
        return balances;
    }

    public Reports reports() {
        return reports;
    }

    /** Shortcut for {@code entries().submit(command)}. */
    public EntryResult submit(Command command) {
        return entries.submit(command);
    }

    /** Shortcut for {@code entries().submit(commands)}. */
    public List<EntryResult> submit(List<? extends Command> commands) {
        return entries.submit(commands);
    }
}
