package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.ledger.ResultCode.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Pending entries: they count against limits, post at most once (fully or partly), void at most once, expire. */
abstract class TwoPhaseContract extends LedgerTestBase {

    private NewEntry commitment(String id, long amount) {
        return NewEntry.builder(id, BUD, DAY).pending().debit(available.id(), amount).credit(committed.id(), amount).build();
    }

    @Test
    void pendingEntryReservesWithoutPosting() {
        makeAvailable("recognised", 100);

        assertThat(submit(commitment("commit", 60)).code()).isEqualTo(OK);
        assertThat(balance(available)).isEqualTo(new Balance(0, 100, 60, 0));
        assertThat(balance(committed)).isEqualTo(new Balance(0, 0, 0, 60));
    }

    @Test
    void fullPostMovesTheReservationToPosted() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));

        assertThat(submit(PostPending.full("commit:post", "commit")).code()).isEqualTo(OK);
        assertThat(balance(available)).isEqualTo(new Balance(60, 100, 0, 0));
        assertThat(balance(committed)).isEqualTo(new Balance(0, 60, 0, 0));
    }

    @Test
    void partialPostPostsTheAmountAndReleasesTheRest() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));

        assertThat(submit(PostPending.partial("commit:post", "commit", 45)).code()).isEqualTo(OK);
        assertThat(balance(available)).isEqualTo(new Balance(45, 100, 0, 0));
        assertThat(balance(committed)).isEqualTo(new Balance(0, 45, 0, 0));
    }

    @Test
    void partialPostOfTheWholeAmountEqualsAFullPost() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));

        assertThat(submit(PostPending.partial("commit:post", "commit", 60)).code()).isEqualTo(OK);
        assertThat(balance(available)).isEqualTo(new Balance(60, 100, 0, 0));
    }

    @Test
    void partialPostNeedsATwoLinePendingEntry() {
        receiveCash("receipt", 100);
        submit(entry("three-lines").pending().debit(pledges.id(), 10).credit(cash.id(), 4).credit(revenue.id(), 6).build());

        assertThat(submit(PostPending.partial("post", "three-lines", 5)).code()).isEqualTo(PARTIAL_POST_REQUIRES_TWO_LINES);
        assertThat(submit(PostPending.full("post", "three-lines")).code()).isEqualTo(OK);
        assertThat(balance(cash).creditsPosted()).isEqualTo(4);
    }

    @Test
    void postCannotExceedThePendingAmount() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));

        assertThat(submit(PostPending.partial("post", "commit", 61)).code()).isEqualTo(EXCEEDS_PENDING_AMOUNT);
        assertThat(submit(PostPending.partial("post", "commit", 0)).code()).isEqualTo(AMOUNT_MUST_BE_POSITIVE);
        assertThat(balance(available)).isEqualTo(new Balance(0, 100, 60, 0));
    }

    @Test
    void pendingEntryPostsOnlyOnce() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));
        submit(PostPending.full("post-1", "commit"));

        assertThat(submit(PostPending.full("post-2", "commit")).code()).isEqualTo(ALREADY_POSTED);
        assertThat(balance(available)).isEqualTo(new Balance(60, 100, 0, 0));
    }

    @Test
    void postedPendingEntryCannotBeVoided() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));
        submit(PostPending.full("post", "commit"));

        assertThat(submit(VoidPending.of("void", "commit")).code()).isEqualTo(ALREADY_POSTED);
        assertThat(balance(available)).isEqualTo(new Balance(60, 100, 0, 0));
    }

    @Test
    void voidReleasesTheReservationOnce() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));

        assertThat(submitAll(VoidPending.of("void-1", "commit"), VoidPending.of("void-2", "commit"),
                PostPending.full("post", "commit"))).containsExactly(OK, ALREADY_VOIDED, ALREADY_VOIDED);
        assertThat(balance(available)).isEqualTo(new Balance(0, 100, 0, 0));
    }

    @Test
    void onlyPendingEntriesCanBePostedOrVoided() {
        receiveCash("receipt", 100);

        assertThat(submitAll(PostPending.full("post", "receipt"), VoidPending.of("void", "nothing")))
                .containsExactly(PENDING_NOT_FOUND, PENDING_NOT_FOUND);
    }

    @Test
    void expiredPendingEntryCannotBePostedAndStopsCountingAgainstTheLimit() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending(Duration.ofHours(1))
                .debit(available.id(), 80).credit(committed.id(), 80).build());
        assertThat(submit(commitment("second", 30)).code()).isEqualTo(EXCEEDS_LIMIT);

        f.clock.advance(Duration.ofHours(1));

        assertThat(balance(available).debitsPending()).isZero();
        assertThat(submitAll(PostPending.full("post", "hold"), VoidPending.of("void", "hold"), commitment("second", 30)))
                .containsExactly(EXPIRED, EXPIRED, OK);
        assertThat(balance(available)).isEqualTo(new Balance(0, 100, 30, 0));
    }

    @Test
    void pendingEntryBeforeItsTimeoutCanBePosted() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending(Duration.ofHours(1))
                .debit(available.id(), 80).credit(committed.id(), 80).build());
        f.clock.advance(Duration.ofMinutes(59));

        assertThat(submit(PostPending.full("post", "hold")).code()).isEqualTo(OK);
        f.clock.advance(Duration.ofHours(2));
        assertThat(expireDue()).isZero();
        assertThat(balance(available)).isEqualTo(new Balance(80, 100, 0, 0));
    }

    @Test
    void pendingEntryWithoutTimeoutNeverExpires() {
        makeAvailable("recognised", 100);
        submit(commitment("grant-commitment", 60));
        f.clock.advance(Duration.ofDays(365L * 30));

        assertThat(expireDue()).isZero();
        assertThat(submit(PostPending.full("post", "grant-commitment")).code()).isEqualTo(OK);
    }

    @Test
    void expireDueSweepsOverduePendingEntries() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending(Duration.ofHours(1))
                .debit(available.id(), 80).credit(committed.id(), 80).build());
        f.clock.advance(Duration.ofHours(2));

        assertThat(expireDue()).isEqualTo(1);
        assertThat(expireDue()).isZero();
        assertThat(f.dsl().fetchValue("select debits_pending from ledger.account_balance where account_id = " + available.id()))
                .isEqualTo(0L);
    }

    @Test
    void postIsRefusedInAClosedPeriodAndOnAClosedAccount() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));
        f.run(l -> l.books().closePeriod(BUD, DAY));

        assertThat(submit(PostPending.full("post", "commit")).code()).isEqualTo(PERIOD_CLOSED);
        PostPending later = new PostPending("post", "commit", null, DAY.plusDays(1), null, false);
        f.run(l -> l.accounts().close(committed.id()));
        assertThat(submit(later).code()).isEqualTo(ACCOUNT_CLOSED);
        assertThat(submit(VoidPending.of("void", "commit")).code()).isEqualTo(OK);
    }

    @Test
    void pendingEntryCanBePostedInTheBatchThatCreatesIt() {
        makeAvailable("recognised", 100);

        assertThat(submitAll(commitment("commit", 60), PostPending.partial("post", "commit", 10)))
                .containsExactly(OK, OK);
        assertThat(balance(available)).isEqualTo(new Balance(10, 100, 0, 0));
    }

    @Test
    void secondPostInTheSameBatchIsRefused() {
        makeAvailable("recognised", 100);
        submit(commitment("commit", 60));

        assertThat(submitAll(PostPending.full("post-1", "commit"), PostPending.full("post-2", "commit"),
                VoidPending.of("void", "commit"))).containsExactly(OK, ALREADY_POSTED, ALREADY_POSTED);
        assertThat(balance(available)).isEqualTo(new Balance(60, 100, 0, 0));
    }

    @Test
    void fullAmountGivenExplicitlyPostsAMultiLineEntry() {
        receiveCash("receipt", 100);
        submit(entry("three-lines").pending().debit(pledges.id(), 10).credit(cash.id(), 4).credit(revenue.id(), 6).build());

        assertThat(submit(PostPending.partial("post", "three-lines", 10)).code()).isEqualTo(OK);
        assertThat(balance(revenue).creditsPosted()).isEqualTo(106);
    }

    @Test
    void expiredReservationFreesTheLimitForEntriesThatDoNotMentionIt() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending(Duration.ofHours(1))
                .debit(available.id(), 80).credit(committed.id(), 80).build());
        f.clock.advance(Duration.ofHours(1));

        assertThat(submit(commitment("second", 90)).code()).isEqualTo(OK);
        assertThat(expireDue()).isZero();
        assertThat(submit(PostPending.full("post", "hold")).code()).isEqualTo(EXPIRED);
    }

    @Test
    void failedChainKeepsTheTimeoutOfThePendingEntryItTriedToVoid() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending(Duration.ofHours(1))
                .debit(available.id(), 80).credit(committed.id(), 80).build());

        assertThat(submitAll(VoidPending.of("void", "hold").linkedToNext(), commitment("too-much", 500)))
                .containsExactly(LINKED_ENTRY_FAILED, EXCEEDS_LIMIT);
        f.clock.advance(Duration.ofHours(1));
        assertThat(balance(available).debitsPending()).isZero();
        assertThat(expireDue()).isEqualTo(1);
    }
}
