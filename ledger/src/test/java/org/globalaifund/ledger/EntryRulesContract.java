package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.ledger.ResultCode.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules for new entries: one result code per failure, and a failed entry changes nothing. */
abstract class EntryRulesContract extends LedgerTestBase {

    @Test
    void balancedEntryIsAcceptedAndMovesBothBalances() {
        EntryResult result = submit(entry("receipt:1").debit(cash.id(), 500).credit(revenue.id(), 500).build());

        assertThat(result).isEqualTo(new EntryResult("receipt:1", OK));
        assertThat(balance(cash)).isEqualTo(new Balance(500, 0, 0, 0));
        assertThat(balance(revenue)).isEqualTo(new Balance(0, 500, 0, 0));
    }

    @Test
    void idOutsideTheCharsetOrTooLongIsInvalid() {
        assertThat(submitAll(entry("receipt 1").debit(cash.id(), 1).credit(revenue.id(), 1).build(),
                entry("").debit(cash.id(), 1).credit(revenue.id(), 1).build(),
                entry("x".repeat(129)).debit(cash.id(), 1).credit(revenue.id(), 1).build(),
                entry("x".repeat(128)).debit(cash.id(), 1).credit(revenue.id(), 1).build()))
                .containsExactly(INVALID_ID, INVALID_ID, INVALID_ID, OK);
    }

    @Test
    void entryNeedsTwoLines() {
        assertThat(submit(entry("e").debit(cash.id(), 5).build()).code()).isEqualTo(TOO_FEW_LINES);
    }

    @Test
    void lineAmountsMustBePositive() {
        assertThat(submitAll(entry("zero").debit(cash.id(), 0).credit(revenue.id(), 0).build(),
                entry("negative").debit(cash.id(), -5).credit(revenue.id(), -5).build()))
                .containsExactly(AMOUNT_MUST_BE_POSITIVE, AMOUNT_MUST_BE_POSITIVE);
    }

    @Test
    void descriptionLongerThan500CharactersIsRefused() {
        assertThat(submitAll(entry("long").description("d".repeat(501)).debit(cash.id(), 5).credit(revenue.id(), 5).build(),
                entry("ok").description("d".repeat(500)).debit(cash.id(), 5).credit(revenue.id(), 5).build()))
                .containsExactly(FIELD_TOO_LONG, OK);
    }

    @Test
    void onlyPendingEntriesHaveAPositiveTimeout() {
        assertThat(submitAll(entry("posted").timeout(Duration.ofHours(1)).debit(cash.id(), 5).credit(revenue.id(), 5).build(),
                entry("zero").pending(Duration.ZERO).debit(cash.id(), 5).credit(revenue.id(), 5).build(),
                entry("ok").pending(Duration.ofHours(1)).debit(cash.id(), 5).credit(revenue.id(), 5).build()))
                .containsExactly(INVALID_TIMEOUT, INVALID_TIMEOUT, OK);
    }

    @Test
    void entryInABookThatWasNeverCreatedIsRefused() {
        NewEntry eur = NewEntry.builder("e", "FIN-EUR", DAY).debit(cash.id(), 5).credit(revenue.id(), 5).build();

        assertThat(submit(eur).code()).isEqualTo(BOOK_NOT_FOUND);
    }

    @Test
    void unknownAccountIsRefused() {
        assertThat(submit(entry("e").debit(cash.id(), 5).credit(999_999, 5).build()).code()).isEqualTo(ACCOUNT_NOT_FOUND);
    }

    @Test
    void everyLineMustBeInTheEntrysBook() {
        NewEntry mixed = entry("e").debit(cash.id(), 5).credit(available.id(), 5).build();

        assertThat(submit(mixed).code()).isEqualTo(BOOK_MISMATCH);
    }

    @Test
    void anAccountCannotBeDebitedAndCreditedInOneEntry() {
        assertThat(submit(entry("e").debit(cash.id(), 5).credit(cash.id(), 5).build()).code())
                .isEqualTo(ACCOUNTS_MUST_DIFFER);
    }

    @Test
    void debitsMustEqualCredits() {
        assertThat(submit(entry("e").debit(cash.id(), 5).credit(revenue.id(), 4).build()).code()).isEqualTo(UNBALANCED);
    }

    @Test
    void eachFundMustBalanceEvenWhenTheEntryAsAWholeDoes() {
        NewEntry acrossFunds = entry("e").debit(cash.id(), 5).credit(restrictedRevenue.id(), 5).build();
        NewEntry perFund = entry("f").debit(cash.id(), 5).credit(revenue.id(), 5)
                .debit(restrictedCash.id(), 7).credit(restrictedRevenue.id(), 7).build();

        assertThat(submitAll(acrossFunds, perFund)).containsExactly(UNBALANCED, OK);
        assertThat(balance(restrictedCash).debitsPosted()).isEqualTo(7);
    }

    @Test
    void linesWhoseSumDoesNotFitIntoALongOverflow() {
        NewEntry huge = entry("e").debit(cash.id(), Long.MAX_VALUE).debit(pledges.id(), 1)
                .credit(revenue.id(), Long.MAX_VALUE).credit(revenue.id(), 1).build();

        assertThat(submit(huge).code()).isEqualTo(OVERFLOW);
    }

    @Test
    void anAccountBalanceThatWouldNotFitIntoALongOverflows() {
        submit(entry("big").debit(pledges.id(), Long.MAX_VALUE).credit(revenue.id(), Long.MAX_VALUE).build());

        assertThat(submit(entry("one-more").debit(pledges.id(), 1).credit(revenue.id(), 1).build()).code())
                .isEqualTo(OVERFLOW);
        assertThat(balance(pledges).debitsPosted()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void closedAccountTakesNoEntries() {
        f.run(l -> l.accounts().close(pledges.id()));

        assertThat(submit(entry("e").debit(pledges.id(), 5).credit(revenue.id(), 5).build()).code())
                .isEqualTo(ACCOUNT_CLOSED);
        boolean closed = f.tx(l -> l.accounts().find(pledges.id()).orElseThrow().closed());
        assertThat(closed).isTrue();
    }

    @Test
    void cashCannotBeCreditedBeyondItsDebits() {
        receiveCash("receipt", 100);

        assertThat(submitAll(entry("pay-too-much").debit(pledges.id(), 101).credit(cash.id(), 101).build(),
                entry("pay-all").debit(pledges.id(), 100).credit(cash.id(), 100).build()))
                .containsExactly(EXCEEDS_LIMIT, OK);
    }

    @Test
    void limitCountsPendingAmounts() {
        makeAvailable("recognised", 100);
        NewEntry commitSixty = NewEntry.builder("commit:G-1", BUD, DAY).pending()
                .debit(available.id(), 60).credit(committed.id(), 60).build();
        NewEntry commitFifty = NewEntry.builder("commit:G-2", BUD, DAY)
                .debit(available.id(), 50).credit(committed.id(), 50).build();

        assertThat(submitAll(commitSixty, commitFifty)).containsExactly(OK, EXCEEDS_LIMIT);
        assertThat(balance(available)).isEqualTo(new Balance(0, 100, 60, 0));
    }

    @Test
    void creditLimitCountsPendingCredits() {
        receiveCash("receipt", 100);
        NewEntry reserve = entry("reserve").pending().debit(pledges.id(), 70).credit(cash.id(), 70).build();
        NewEntry more = entry("more").pending().debit(pledges.id(), 31).credit(cash.id(), 31).build();

        assertThat(submitAll(reserve, more)).containsExactly(OK, EXCEEDS_LIMIT);
    }

    @Test
    void rejectedEntryStoresNothingAndItsIdMayBeRetried() {
        NewEntry wrong = entry("receipt:PLG-12:3").debit(cash.id(), 5).credit(revenue.id(), 4).build();
        NewEntry right = entry("receipt:PLG-12:3").debit(cash.id(), 5).credit(revenue.id(), 5).build();

        assertThat(submit(wrong).code()).isEqualTo(UNBALANCED);
        assertThat(entryCount()).isZero();
        assertThat(balance(cash)).isEqualTo(Balance.ZERO);
        assertThat(submit(right).code()).isEqualTo(OK);
    }

    @Test
    void unitBooksCountResourcesWithoutCurrency() {
        Book gpu = f.tx(l -> l.books().create(Book.gpuHours("H100")));
        Account capacity = f.tx(l -> l.accounts().open(AccountKey.of(gpu.code(), "9100", "UNRESTRICTED"), Side.DEBIT));
        Account offered = f.tx(l -> l.accounts().open(AccountKey.of(gpu.code(), "9200", "UNRESTRICTED"), Side.CREDIT));

        EntryResult result = submit(NewEntry.builder("offer:1", gpu.code(), DAY).pending()
                .debit(capacity.id(), 400).credit(offered.id(), 400).build());

        assertThat(gpu.currency()).isNull();
        assertThat(result.code()).isEqualTo(OK);
        assertThat(balance(capacity).debitsPending()).isEqualTo(400);
    }

    @Test
    void anAccountMayAppearTwiceOnTheSameSide() {
        assertThat(submit(entry("e").debit(cash.id(), 5).debit(cash.id(), 6).credit(revenue.id(), 11).build()).code())
                .isEqualTo(OK);
        assertThat(balance(cash).debitsPosted()).isEqualTo(11);
    }
}
