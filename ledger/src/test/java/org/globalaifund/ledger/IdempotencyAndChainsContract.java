package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.ledger.ResultCode.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Caller-chosen ids make every command idempotent; linked chains apply all or nothing; corrections reverse. */
abstract class IdempotencyAndChainsContract extends LedgerTestBase {

    private NewEntry receipt(String id, long amount) {
        return entry(id).description("receipt").reference("pledge", "PLG-12").debit(cash.id(), amount)
                .credit(revenue.id(), amount).build();
    }

    @Test
    void sameIdAndSameContentReplaysWithoutChangingAnything() {
        submit(receipt("receipt:PLG-12:3", 100));

        assertThat(submit(receipt("receipt:PLG-12:3", 100))).isEqualTo(new EntryResult("receipt:PLG-12:3", EXISTS));
        assertThat(balance(cash)).isEqualTo(new Balance(100, 0, 0, 0));
        assertThat(EXISTS.accepted()).isTrue();
    }

    @Test
    void sameIdWithDifferentContentIsRefused() {
        submit(receipt("receipt:PLG-12:3", 100));

        assertThat(submit(receipt("receipt:PLG-12:3", 101)).code()).isEqualTo(EXISTS_WITH_DIFFERENT_FIELDS);
        assertThat(submit(PostPending.full("receipt:PLG-12:3", "x")).code()).isEqualTo(EXISTS_WITH_DIFFERENT_FIELDS);
        assertThat(balance(cash)).isEqualTo(new Balance(100, 0, 0, 0));
    }

    @Test
    void replayedPostAndVoidReturnExists() {
        makeAvailable("recognised", 100);
        submitAll(NewEntry.builder("a", BUD, DAY).pending().debit(available.id(), 10).credit(committed.id(), 10).build(),
                NewEntry.builder("b", BUD, DAY).pending().debit(available.id(), 10).credit(committed.id(), 10).build());
        submitAll(PostPending.full("a:post", "a"), VoidPending.of("b:void", "b"));

        assertThat(submitAll(PostPending.full("a:post", "a"), VoidPending.of("b:void", "b"))).containsExactly(EXISTS, EXISTS);
        assertThat(balance(available)).isEqualTo(new Balance(10, 100, 0, 0));
    }

    @Test
    void sameIdTwiceInOneBatchIsAReplay() {
        assertThat(submitAll(receipt("r", 100), receipt("r", 100), receipt("r", 5))).containsExactly(OK, EXISTS,
                EXISTS_WITH_DIFFERENT_FIELDS);
        assertThat(balance(cash).debitsPosted()).isEqualTo(100);
    }

    @Test
    void independentEntriesOfABatchSucceedOrFailAlone() {
        assertThat(submitAll(receipt("r1", 10), entry("bad").debit(cash.id(), 1).build(), receipt("r2", 20)))
                .containsExactly(OK, TOO_FEW_LINES, OK);
        assertThat(balance(cash).debitsPosted()).isEqualTo(30);
    }

    @Test
    void linkedChainFailsAsAWhole() {
        Command first = receipt("r1", 10).linkedToNext();
        Command failing = entry("bad").debit(cash.id(), 1).credit(revenue.id(), 2).build().linkedToNext();
        Command last = receipt("r2", 20);

        assertThat(submitAll(first, failing, last, receipt("r3", 5)))
                .containsExactly(LINKED_ENTRY_FAILED, UNBALANCED, LINKED_ENTRY_FAILED, OK);
        assertThat(balance(cash).debitsPosted()).isEqualTo(5);
        assertThat(submit(receipt("r1", 10)).code()).isEqualTo(OK);
    }

    @Test
    void failedChainUndoesPendingsPostsAndVoidsItMade() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("held", BUD, DAY).pending().debit(available.id(), 10).credit(committed.id(), 10).build());
        List<Command> chain = List.of(
                NewEntry.builder("new-hold", BUD, DAY).pending().debit(available.id(), 20).credit(committed.id(), 20)
                        .build().linkedToNext(),
                VoidPending.of("held:void", "held").linkedToNext(),
                PostPending.full("new-hold:post", "new-hold").linkedToNext(),
                PostPending.full("held:post", "held"));

        assertThat(f.tx(l -> l.submit(chain)).stream().map(EntryResult::code))
                .containsExactly(LINKED_ENTRY_FAILED, LINKED_ENTRY_FAILED, LINKED_ENTRY_FAILED, ALREADY_VOIDED);
        assertThat(balance(available)).isEqualTo(new Balance(0, 100, 10, 0));
        assertThat(submit(PostPending.full("held:post", "held")).code()).isEqualTo(OK);
    }

    @Test
    void fxConversionIsTwoLinkedEntriesEachBalancedInItsOwnBook() {
        receiveCash("receipt", 1_000_00);
        Account eurCash = f.tx(l -> l.accounts().open(AccountKey.of("FIN-EUR", "1100", "UNRESTRICTED"), Side.DEBIT));
        Account eurClearing = f.tx(l -> l.accounts().open(AccountKey.of("FIN-EUR", "1900", "UNRESTRICTED"), Side.DEBIT));
        Account usdClearing = f.tx(l -> l.accounts().open(AccountKey.of(FIN, "1900", "UNRESTRICTED"), Side.DEBIT));
        Command usdLeg = entry("fx:1:USD").debit(usdClearing.id(), 1_000_00).credit(cash.id(), 1_000_00).build()
                .linkedToNext();
        Command eurLeg = NewEntry.builder("fx:1:EUR", "FIN-EUR", DAY).debit(eurCash.id(), 920_00)
                .credit(eurClearing.id(), 920_00).build();

        assertThat(submitAll(usdLeg, eurLeg)).containsExactly(OK, OK);
        assertThat(f.tx(l -> l.reports().trialBalance("FIN-EUR", null)).balanced()).isTrue();
        assertThat(f.tx(l -> l.reports().trialBalance(FIN, null)).balanced()).isTrue();
    }

    @Test
    void lastCommandOfABatchCannotBeLinkedToNothing() {
        assertThat(submitAll(receipt("r1", 10).linkedToNext(), receipt("r2", 10).linkedToNext()))
                .containsExactly(LINKED_ENTRY_FAILED, LINKED_CHAIN_OPEN);
        assertThat(entryCount()).isZero();
    }

    @Test
    void replayedChainReturnsExistsForEveryMember() {
        submitAll(receipt("r1", 10).linkedToNext(), receipt("r2", 20));

        assertThat(submitAll(receipt("r1", 10).linkedToNext(), receipt("r2", 20))).containsExactly(EXISTS, EXISTS);
        assertThat(balance(cash).debitsPosted()).isEqualTo(30);
    }

    @Test
    void reversalSwapsTheSidesOfAPostedEntry() {
        submit(receipt("r1", 10));

        EntryResult reversal = f.tx(l -> l.entries().reverse("r1", "r1:reversal", DAY.plusDays(1)));

        assertThat(reversal.code()).isEqualTo(OK);
        assertThat(balance(cash)).isEqualTo(new Balance(10, 10, 0, 0));
        assertThat(f.tx(l -> l.entries().reverse("r1", "r1:reversal", DAY.plusDays(1))).code()).isEqualTo(EXISTS);
    }

    @Test
    void onlyRecordedPostedEntriesCanBeReversed() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("held", BUD, DAY).pending().debit(available.id(), 10).credit(committed.id(), 10).build());

        assertThat(f.tx(l -> l.entries().reverse("nothing", "x", DAY)).code()).isEqualTo(ENTRY_NOT_FOUND);
        assertThat(f.tx(l -> l.entries().reverse("held", "x", DAY)).code()).isEqualTo(NOT_REVERSIBLE);
    }

    @Test
    void openingAnAccountTwiceFindsTheFirst() {
        Account again = f.tx(l -> l.accounts().open(AccountKey.of(FIN, "1100", AccountKey.UNRESTRICTED), Side.DEBIT,
                AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS));

        assertThat(again).isEqualTo(cash);
        assertThatThrownBy(() -> f.tx(l -> l.accounts().open(AccountKey.of(FIN, "1100", AccountKey.UNRESTRICTED),
                Side.CREDIT))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void accountsWithDifferentDimensionsAreDifferentAccounts() {
        Account g2 = f.tx(l -> l.accounts().open(AccountKey.of(BUD, "8300", FUND).with(Dimensions.NONE.withGrant("G-2")),
                Side.CREDIT));

        assertThat(g2.id()).isNotEqualTo(committed.id());
        assertThat(g2.key().dimensions().grant()).isEqualTo("G-2");
        List<Account> g1 = f.tx(l -> l.accounts().list(AccountFilter.book(BUD).grant("G-1")));
        assertThat(g1).containsExactly(committed);
    }

    @Test
    void descriptionAndReferenceArePartOfTheContent() {
        submit(receipt("r", 100));

        assertThat(submitAll(entry("r").description("other").reference("pledge", "PLG-12").debit(cash.id(), 100)
                        .credit(revenue.id(), 100).build(),
                entry("r").description("receipt").reference("pledge", "PLG-13").debit(cash.id(), 100)
                        .credit(revenue.id(), 100).build()))
                .containsExactly(EXISTS_WITH_DIFFERENT_FIELDS, EXISTS_WITH_DIFFERENT_FIELDS);
    }

    @Test
    void accountsAreListedByEveryDimension() {
        Account full = f.tx(l -> l.accounts().open(new AccountKey(FIN, "1150", "F9",
                new Dimensions("D", "G", "T", "N", "C")), Side.DEBIT));
        Account other = f.tx(l -> l.accounts().open(new AccountKey(FIN, "1150", "F9",
                new Dimensions("D2", "G2", "T2", "N2", "C2")), Side.DEBIT));

        for (AccountFilter filter : List.of(AccountFilter.all().fund("F9").donor("D"), AccountFilter.all().fund("F9").grant("G"),
                AccountFilter.all().fund("F9").tranche("T"), AccountFilter.all().fund("F9").node("N"),
                AccountFilter.all().fund("F9").category("C"), AccountFilter.book(FIN).chartCode("1150").donor("D"))) {
            List<Account> found = f.tx(l -> l.accounts().list(filter));
            assertThat(found).as(filter.toString()).containsExactly(full);
        }
        List<Account> both = f.tx(l -> l.accounts().list(AccountFilter.all().fund("F9")));
        assertThat(both).containsExactly(full, other);
        List<Book> books = f.tx(l -> l.books().all());
        assertThat(books).extracting(Book::code).containsExactly(BUD, FIN);
    }

    /**
     * A batch larger than one IN list of the hot statements on H2 (64 values): 150 entries on 300 accounts lock, read
     * and write every chunk; their replay finds every fingerprint; posts and voids of 150 pending entries in one batch
     * find every pending entry and resolution.
     */
    @Test
    void batchesLargerThanOneInListLockReadAndResolveEveryChunk() {
        int n = 150;
        long[] ids = f.tx(l -> {
            long[] opened = new long[2 * n];
            for (int i = 0; i < opened.length; i++) {
                opened[i] = l.accounts().open(AccountKey.of(FIN, "9" + i, AccountKey.UNRESTRICTED), Side.DEBIT).id();
            }
            return opened;
        });
        List<NewEntry> entries = new java.util.ArrayList<>();
        List<NewEntry> holds = new java.util.ArrayList<>();
        List<Command> resolutions = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(entry("big:" + i).debit(ids[2 * i], i + 1).credit(ids[2 * i + 1], i + 1).build());
            holds.add(entry("hold:" + i).pending().debit(ids[2 * i], 1).credit(ids[2 * i + 1], 1).build());
            resolutions.add(i % 2 == 0 ? PostPending.full("post:" + i, "hold:" + i) : VoidPending.of("void:" + i, "hold:" + i));
        }

        assertThat(codes(entries)).containsOnly(OK).hasSize(n);
        assertThat(codes(entries)).containsOnly(EXISTS).hasSize(n);
        assertThat(codes(holds)).containsOnly(OK).hasSize(n);
        assertThat(codes(resolutions)).containsOnly(OK).hasSize(n);
        assertThat(codes(resolutions)).containsOnly(EXISTS).hasSize(n);

        for (int i : new int[] {0, 1, 31, 32, 33, 63, 64, 65, 127, 128, n - 1}) {
            long posted = i + 1 + (i % 2 == 0 ? 1 : 0);
            long debit = ids[2 * i];
            long credit = ids[2 * i + 1];
            Balance debitBalance = f.tx(l -> l.balances().current(debit));
            Balance creditBalance = f.tx(l -> l.balances().current(credit));
            assertThat(debitBalance).as("debit account of entry %d", i).isEqualTo(new Balance(posted, 0, 0, 0));
            assertThat(creditBalance).as("credit account of entry %d", i).isEqualTo(new Balance(0, posted, 0, 0));
        }
    }

    private List<ResultCode> codes(List<? extends Command> commands) {
        List<EntryResult> results = f.tx(l -> l.submit(commands));
        return results.stream().map(EntryResult::code).toList();
    }
}
