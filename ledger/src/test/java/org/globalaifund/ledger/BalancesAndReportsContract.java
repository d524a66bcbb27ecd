package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.ledger.ResultCode.*;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Balances now, as of an instant and on a value date; statements, trial balances, fund queries, period close. */
abstract class BalancesAndReportsContract extends LedgerTestBase {

    @Test
    void balanceAtAnInstantShowsWhatWasRecordedThen() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("commit", BUD, DAY).pending().debit(available.id(), 60).credit(committed.id(), 60).build());
        Instant beforePost = f.clock.instant();
        f.clock.advance(Duration.ofMinutes(5));
        submit(PostPending.partial("post", "commit", 40));

        assertThat(balanceAt(available, beforePost)).isEqualTo(new Balance(0, 100, 60, 0));
        assertThat(balanceAt(available, f.clock.instant())).isEqualTo(new Balance(40, 100, 0, 0));
        assertThat(balanceAt(available, beforePost.minusSeconds(1))).isEqualTo(Balance.ZERO);
    }

    @Test
    void balanceAtAnInstantLeavesOutPendingEntriesExpiredByThen() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending(Duration.ofHours(1)).debit(available.id(), 60)
                .credit(committed.id(), 60).build());
        Instant created = f.clock.instant();

        assertThat(f.tx(l -> l.balances().at(available.id(), created.plusSeconds(3599))).debitsPending()).isEqualTo(60);
        assertThat(f.tx(l -> l.balances().at(available.id(), created.plusSeconds(3600))).debitsPending()).isZero();
    }

    @Test
    void balanceOnAValueDateCountsEntriesDatedOnOrBeforeIt() {
        submit(entry("jan").debit(cash.id(), 10).credit(revenue.id(), 10).build());
        submit(NewEntry.builder("feb", FIN, DAY.plusMonths(1)).debit(cash.id(), 20).credit(revenue.id(), 20).build());
        submit(NewEntry.builder("feb-hold", FIN, DAY.plusMonths(1)).pending().debit(pledges.id(), 5)
                .credit(cash.id(), 5).build());

        assertThat(balanceOn(cash, DAY.minusDays(1))).isEqualTo(Balance.ZERO);
        assertThat(balanceOn(cash, DAY)).isEqualTo(new Balance(10, 0, 0, 0));
        assertThat(balanceOn(cash, DAY.plusMonths(1))).isEqualTo(new Balance(30, 0, 0, 5));
    }

    @Test
    void statementCarriesARunningBalanceFromTheOpeningBalance() {
        submit(NewEntry.builder("dec", FIN, DAY.minusMonths(1)).debit(cash.id(), 130).credit(revenue.id(), 130).build());
        submit(NewEntry.builder("dec-out", FIN, DAY.minusMonths(1)).debit(pledges.id(), 30).credit(cash.id(), 30).build());
        submit(entry("in").description("receipt").debit(cash.id(), 50).credit(revenue.id(), 50).build());
        submit(NewEntry.builder("out", FIN, DAY.plusDays(1)).debit(pledges.id(), 30).credit(cash.id(), 30).build());
        submit(NewEntry.builder("next-month", FIN, DAY.plusMonths(1)).debit(cash.id(), 1).credit(revenue.id(), 1).build());

        Statement statement = f.tx(l -> l.reports().statement(cash.id(), DAY, DAY.plusDays(10)));

        assertThat(statement.opening()).isEqualTo(100);
        assertThat(statement.lines()).extracting(Statement.StatementLine::entryId, Statement.StatementLine::balance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("in", 150L), org.assertj.core.groups.Tuple.tuple("out", 120L));
        assertThat(statement.lines().get(0).description()).isEqualTo("receipt");
        assertThat(statement.lines()).extracting(Statement.StatementLine::lineNo).containsExactly(1, 2);
        assertThat(statement.closing()).isEqualTo(120);
    }

    @Test
    void statementOfACreditNormalAccountCountsCreditsUp() {
        submit(entry("in").debit(cash.id(), 50).credit(revenue.id(), 50).build());

        submit(NewEntry.builder("before", FIN, DAY.minusDays(1)).debit(cash.id(), 9).credit(revenue.id(), 9).build());
        submit(NewEntry.builder("refund", FIN, DAY.minusDays(1)).debit(revenue.id(), 2).credit(pledges.id(), 2).build());

        Statement statement = f.tx(l -> l.reports().statement(revenue.id(), DAY, DAY));

        assertThat(statement.opening()).isEqualTo(7);
        assertThat(statement.closing()).isEqualTo(57);
    }

    @Test
    void trialBalanceOfABookAndOfEachFundSumsToZero() {
        submit(entry("a").debit(cash.id(), 10).credit(revenue.id(), 10)
                .debit(restrictedCash.id(), 7).credit(restrictedRevenue.id(), 7).build());
        submit(NewEntry.builder("later", FIN, DAY.plusDays(5)).debit(cash.id(), 1).credit(revenue.id(), 1).build());

        TrialBalance book = f.tx(l -> l.reports().trialBalance(FIN, null));
        TrialBalance fund = f.tx(l -> l.reports().trialBalance(FIN, FUND, DAY));

        assertThat(book.totalDebits()).isEqualTo(BigInteger.valueOf(18));
        assertThat(book.balanced()).isTrue();
        assertThat(book.rows()).extracting(TrialBalance.Row::net).containsExactlyInAnyOrder(11L, 7L, -11L, -7L);
        assertThat(fund.totalDebits()).isEqualTo(BigInteger.valueOf(7));
        assertThat(fund.balanced()).isTrue();
        assertThat(f.tx(l -> l.reports().trialBalance(FIN, DAY)).totalCredits()).isEqualTo(BigInteger.valueOf(17));
    }

    @Test
    void linesOfAFundAreOneQuery() {
        submit(entry("a").debit(cash.id(), 10).credit(revenue.id(), 10)
                .debit(restrictedCash.id(), 7).credit(restrictedRevenue.id(), 7).build());

        List<LedgerLine> lines = f.tx(l -> l.reports().lines(AccountFilter.all().fund(FUND), null, null));

        assertThat(lines).extracting(LedgerLine::chartCode).containsExactlyInAnyOrder("1100", "4120");
        assertThat(lines).allMatch(line -> line.fund().equals(FUND) && line.amount() == 7);
    }

    @Test
    void totalOfAChartCodeForAGrant() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("commit", BUD, DAY).debit(available.id(), 60).credit(committed.id(), 60).build());

        Balance g1 = f.tx(l -> l.balances().total(AccountFilter.book(BUD).chartCode("8300").grant("G-1")));
        Balance g2 = f.tx(l -> l.balances().total(AccountFilter.book(BUD).chartCode("8300").grant("G-2")));

        assertThat(g1.posted(Side.CREDIT)).isEqualTo(60);
        assertThat(g2).isEqualTo(Balance.ZERO);
    }

    @Test
    void nothingMayBeDatedIntoAClosedPeriod() {
        f.run(l -> l.books().closePeriod(FIN, DAY));

        assertThat(submitAll(
                NewEntry.builder("before", FIN, DAY.minusDays(1)).debit(cash.id(), 1).credit(revenue.id(), 1).build(),
                NewEntry.builder("on", FIN, DAY).debit(cash.id(), 1).credit(revenue.id(), 1).build(),
                NewEntry.builder("after", FIN, DAY.plusDays(1)).debit(cash.id(), 1).credit(revenue.id(), 1).build(),
                NewEntry.builder("other-book", BUD, DAY).debit(resources.id(), 1).credit(available.id(), 1).build()))
                .containsExactly(PERIOD_CLOSED, PERIOD_CLOSED, OK, OK);
    }

    @Test
    void closedPeriodsNeverReopen() {
        f.run(l -> l.books().closePeriod(FIN, DAY));

        Book book = f.tx(l -> l.books().closePeriod(FIN, DAY.minusMonths(1)));

        assertThat(book.closedThrough()).isEqualTo(DAY);
        assertThat(f.dsl().fetchCount(f.dsl().selectFrom("ledger.period_close"))).isEqualTo(1);
    }

    @Test
    void bookCodesFollowTheirPatterns() {
        assertThat(Book.parse("FIN-JPY").orElseThrow().minorUnitDigits()).isZero();
        assertThat(Book.parse("BUD-USD").orElseThrow().minorUnitDigits()).isEqualTo(2);
        assertThat(Book.parse("FIN-KWD").orElseThrow().minorUnitDigits()).isEqualTo(3);
        assertThat(Book.parse("SEAT").orElseThrow().kind()).isEqualTo(BookKind.UNIT);
        assertThat(Book.parse("FIN-XYZ")).isEmpty();
        assertThat(Book.parse("FIN-USDX")).isEmpty();
        assertThat(Book.parse("CASH")).isEmpty();
        Book first = f.tx(l -> l.books().create("FIN-USD"));
        Book again = f.tx(l -> l.books().create("FIN-USD"));
        assertThat(again).isEqualTo(first);
    }
}
