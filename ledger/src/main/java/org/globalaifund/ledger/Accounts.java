package org.globalaifund.ledger;

import static org.globalaifund.ledger.LedgerContext.utc;
import static org.globalaifund.ledger.jooq.Tables.ACCOUNT;
import static org.globalaifund.ledger.jooq.Tables.ACCOUNT_BALANCE;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.globalaifund.ledger.jooq.tables.records.AccountRecord;

/** Opens accounts by natural key (find-or-open, idempotent and safe under concurrency), finds and closes them. */
public final class Accounts {

    private final LedgerContext ctx;
    private final Books books;

    Accounts(LedgerContext ctx, Books books) {
        this.ctx = ctx;
        this.books = books;
    }

    /**
     * Returns the account with this key, opening it (and creating its book) if needed.
     *
     * @throws IllegalStateException    if the account exists with another normal side or other flags
     * @throws IllegalArgumentException if both limit flags are given (no entry could ever touch the account)
     */
    public Account open(AccountKey key, Side normalSide, AccountFlag... flags) {
        Set<AccountFlag> wanted = flags.length == 0 ? EnumSet.noneOf(AccountFlag.class) : EnumSet.of(flags[0], flags);
        if (wanted.size() == 2) {
            throw new IllegalArgumentException("an account has at most one limit flag: " + key);
        }
        Optional<Account> existing = find(key);
        if (existing.isEmpty()) {
            books.create(key.book());
            Dimensions d = key.dimensions();
            int inserted = ctx.dsl.insertInto(ACCOUNT)
                    .set(ACCOUNT.NATURAL_KEY, key.canonical()).set(ACCOUNT.BOOK_CODE, key.book())
                    .set(ACCOUNT.CHART_CODE, key.chartCode()).set(ACCOUNT.FUND_CODE, key.fund())
                    .set(ACCOUNT.DONOR_CODE, d.donor()).set(ACCOUNT.GRANT_CODE, d.grant())
                    .set(ACCOUNT.TRANCHE_CODE, d.tranche()).set(ACCOUNT.NODE_CODE, d.node())
                    .set(ACCOUNT.CATEGORY_CODE, d.category()).set(ACCOUNT.NORMAL_SIDE, normalSide.code())
                    .set(ACCOUNT.DEBITS_MUST_NOT_EXCEED_CREDITS, wanted.contains(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS))
                    .set(ACCOUNT.CREDITS_MUST_NOT_EXCEED_DEBITS, wanted.contains(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS))
                    .set(ACCOUNT.CLOSED, false).set(ACCOUNT.CREATED_AT, utc(ctx.clock.instant()))
                    .onConflict(ACCOUNT.NATURAL_KEY).doNothing().execute();
            existing = find(key);
            if (inserted > 0) {
                // the running balances, in the same transaction as the account (whoever inserted it inserts them)
                ctx.dsl.insertInto(ACCOUNT_BALANCE).set(ACCOUNT_BALANCE.ACCOUNT_ID, existing.orElseThrow().id())
                        .set(ACCOUNT_BALANCE.DEBITS_POSTED, 0L).set(ACCOUNT_BALANCE.CREDITS_POSTED, 0L)
                        .set(ACCOUNT_BALANCE.DEBITS_PENDING, 0L).set(ACCOUNT_BALANCE.CREDITS_PENDING, 0L).execute();
            }
        }
        Account account = existing.orElseThrow();
        if (account.normalSide() != normalSide || !account.flags().equals(wanted)) {
            throw new IllegalStateException("account " + key.canonical() + " exists as " + account.normalSide()
                    + " " + account.flags() + ", not " + normalSide + " " + wanted);
        }
        return account;
    }

    public Optional<Account> find(AccountKey key) {
        return ctx.dsl.selectFrom(ACCOUNT).where(ACCOUNT.NATURAL_KEY.eq(key.canonical())).fetchOptional()
                .map(Accounts::account);
    }

    public Optional<Account> find(long id) {
        return ctx.dsl.selectFrom(ACCOUNT).where(ACCOUNT.ACCOUNT_ID.eq(id)).fetchOptional().map(Accounts::account);
    }

    public List<Account> list(AccountFilter filter) {
        return ctx.dsl.selectFrom(ACCOUNT).where(filter.condition()).orderBy(ACCOUNT.ACCOUNT_ID).fetch(Accounts::account);
    }

    /** Closes the account: entries and posts touching it are refused with {@link ResultCode#ACCOUNT_CLOSED}. */
    public void close(long id) {
        // on H2 a batch locks the balance rows only (HotSql.lock): wait for any batch on this account first
        new HotSql(ctx.dsl).lockOne(id);
        int updated = ctx.dsl.update(ACCOUNT).set(ACCOUNT.CLOSED, true).where(ACCOUNT.ACCOUNT_ID.eq(id)).execute();
        if (updated == 0) {
            throw new IllegalArgumentException("no account " + id);
        }
    }

    static Account account(AccountRecord r) {
        Set<AccountFlag> flags = EnumSet.noneOf(AccountFlag.class);
        if (r.getDebitsMustNotExceedCredits()) {
            flags.add(AccountFlag.DEBITS_MUST_NOT_EXCEED_CREDITS);
        }
        if (r.getCreditsMustNotExceedDebits()) {
            flags.add(AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS);
        }
        AccountKey key = new AccountKey(r.getBookCode(), r.getChartCode(), r.getFundCode(), new Dimensions(
                r.getDonorCode(), r.getGrantCode(), r.getTrancheCode(), r.getNodeCode(), r.getCategoryCode()));
        return new Account(r.getAccountId(), key, Side.ofCode(r.getNormalSide()), flags, r.getClosed());
    }
}
