package org.globalaifund.ledger;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.globalaifund.ledger.support.LedgerFixture;
import org.globalaifund.ledger.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the ledger's specification tests: a fresh migrated database per test, a movable clock, and the accounts of
 * a small fund (USD cash, pledges, revenue; budgetary availability of a restricted fund). Subclasses pick the vendor.
 */
abstract class LedgerTestBase {

    static final String FIN = "FIN-USD";
    static final String BUD = "BUD-USD";
    static final String FUND = "DONOR-A-SDG4";
    static final LocalDate DAY = LocalDate.of(2026, 1, 15);

    LedgerFixture f;
    Account cash;
    Account pledges;
    Account revenue;
    Account restrictedCash;
    Account restrictedRevenue;
    Account resources;
    Account available;
    Account committed;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void openFund() {
        f = new LedgerFixture(newDatabase());
        f.run(l -> {
            cash = l.accounts().open(AccountKey.of(FIN, "1100", AccountKey.UNRESTRICTED), Side.DEBIT,
                    AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
            pledges = l.accounts().open(AccountKey.of(FIN, "1200", AccountKey.UNRESTRICTED), Side.DEBIT);
            revenue = l.accounts().open(AccountKey.of(FIN, "4110", AccountKey.UNRESTRICTED), Side.CREDIT);
            restrictedCash = l.accounts().open(AccountKey.of(FIN, "1100", FUND), Side.DEBIT,
                    AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
            restrictedRevenue = l.accounts().open(AccountKey.of(FIN, "4120", FUND), Side.CREDIT);
            resources = l.accounts().open(AccountKey.of(BUD, "8200", FUND), Side.DEBIT);
            available = l.accounts().open(AccountKey.of(BUD, "8100", FUND), Side.CREDIT,
                    AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
            committed = l.accounts().open(new AccountKey(BUD, "8300", FUND, new Dimensions(null, "G-1", null, null, null)),
                    Side.CREDIT);
        });
    }

    @AfterEach
    void dropDatabase() {
        f.database.close();
    }

    NewEntry.Builder entry(String id) {
        return NewEntry.builder(id, FIN, DAY);
    }

    /** Pledge then receipt of {@code amount} unrestricted cash. */
    void receiveCash(String id, long amount) {
        ResultCode code = submit(entry(id).debit(cash.id(), amount).credit(revenue.id(), amount).build()).code();
        if (code != ResultCode.OK) {
            throw new IllegalStateException(code.name());
        }
    }

    /** Makes {@code amount} available for commitment in the restricted fund's budget. */
    void makeAvailable(String id, long amount) {
        ResultCode code = submit(NewEntry.builder(id, BUD, DAY).debit(resources.id(), amount)
                .credit(available.id(), amount).build()).code();
        if (code != ResultCode.OK) {
            throw new IllegalStateException(code.name());
        }
    }

    EntryResult submit(Command command) {
        return f.tx(l -> l.submit(command));
    }

    List<ResultCode> submitAll(Command... commands) {
        return f.tx(l -> l.submit(Arrays.asList(commands))).stream().map(EntryResult::code).toList();
    }

    Balance balance(Account account) {
        return f.tx(l -> l.balances().current(account.id()));
    }

    Balance balanceAt(Account account, java.time.Instant at) {
        return f.tx(l -> l.balances().at(account.id(), at));
    }

    Balance balanceOn(Account account, LocalDate valueDate) {
        return f.tx(l -> l.balances().on(account.id(), valueDate));
    }

    int expireDue() {
        return f.tx(l -> l.entries().expireDue());
    }

    long entryCount() {
        return f.dsl().fetchCount(org.globalaifund.ledger.jooq.Tables.ENTRY);
    }
}
