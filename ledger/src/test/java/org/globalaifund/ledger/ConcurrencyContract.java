package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.globalaifund.ledger.support.LedgerFixture;
import org.globalaifund.ledger.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Eight threads post 10,000 entries, one transaction each, over four hot accounts (one of them with a limit): no
 * deadlock (accounts are locked in ascending id order), and the final balances equal the sum of the accepted entries.
 */
abstract class ConcurrencyContract {

    static final int THREADS = 8;
    static final int ENTRIES = 10_000;
    static final LocalDate DAY = LocalDate.of(2026, 2, 1);

    LedgerFixture f;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        f = new LedgerFixture(newDatabase());
    }

    @AfterEach
    void close() {
        f.database.close();
    }

    @Test
    void concurrentEntriesOnHotAccountsNeverDeadlockAndSumExactly() throws Exception {
        long[] hot = new long[4];
        for (int i = 0; i < hot.length; i++) {
            int k = i;
            hot[i] = f.tx(l -> l.accounts().open(AccountKey.of("FIN-USD", "11" + k + "0", "UNRESTRICTED"), Side.DEBIT,
                    k == 0 ? new AccountFlag[] {AccountFlag.CREDITS_MUST_NOT_EXCEED_DEBITS} : new AccountFlag[0]).id());
        }
        Set<NewEntry> accepted = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            workers.add(pool.submit(() -> {
                Random random = new Random(thread);
                for (int n = 0; n < ENTRIES / THREADS; n++) {
                    int from = random.nextInt(4);
                    int to = (from + 1 + random.nextInt(3)) % 4;
                    long amount = 1 + random.nextInt(100);
                    NewEntry entry = NewEntry.builder("t" + thread + ":" + n, "FIN-USD", DAY)
                            .debit(hot[from], amount).credit(hot[to], amount).build();
                    NewEntry submitted = entry;
                    if (f.tx(l -> l.submit(submitted)).accepted()) {
                        accepted.add(submitted);
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(10, TimeUnit.MINUTES)).as("no deadlock, no hang").isTrue();
        for (Future<?> worker : workers) {
            worker.get();
        }

        long[] debits = new long[4];
        long[] credits = new long[4];
        for (NewEntry e : accepted) {
            for (Line line : e.lines()) {
                int i = indexOf(hot, line.accountId());
                if (line.side() == Side.DEBIT) {
                    debits[i] += line.amount();
                } else {
                    credits[i] += line.amount();
                }
            }
        }
        for (int i = 0; i < hot.length; i++) {
            long id = hot[i];
            Balance balance = f.tx(l -> l.balances().current(id));
            assertThat(balance).isEqualTo(new Balance(debits[i], credits[i], 0, 0));
        }
        assertThat(accepted.size()).isGreaterThan(ENTRIES / 2).isLessThan(ENTRIES);
        assertThat(credits[0]).isLessThanOrEqualTo(debits[0]);
        assertThat(f.tx(l -> l.reports().trialBalance("FIN-USD", null)).balanced()).isTrue();
    }

    @Test
    void concurrentOpeningOfOneAccountYieldsOneAccount() throws Exception {
        f.run(l -> l.books().create("FIN-USD"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Long>> ids = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            ids.add(pool.submit(() -> f.tx(l -> l.accounts().open(AccountKey.of("FIN-USD", "2100", "UNRESTRICTED")
                    .with(Dimensions.NONE.withGrant("G-7")), Side.CREDIT).id())));
        }
        pool.shutdown();
        Set<Long> distinct = new java.util.HashSet<>();
        for (Future<Long> id : ids) {
            distinct.add(id.get(1, TimeUnit.MINUTES));
        }

        assertThat(distinct).hasSize(1);
    }

    /**
     * An entry that waits for the lock of an account being closed is decided on the account as it is once the close
     * has committed: ACCOUNT_CLOSED, never an entry on a closed account (a lock and read in one statement would read
     * {@code closed} from the snapshot taken before the wait).
     */
    @Test
    void anEntryWaitingForAClosingAccountSeesItClosed() throws Exception {
        long debit = f.tx(l -> l.accounts().open(AccountKey.of("FIN-USD", "1110", "UNRESTRICTED"), Side.DEBIT).id());
        long credit = f.tx(l -> l.accounts().open(AccountKey.of("FIN-USD", "3100", "UNRESTRICTED"), Side.CREDIT).id());
        CountDownLatch closing = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> closer = pool.submit(() -> f.run(l -> {
            l.accounts().close(credit);
            closing.countDown();
            await(submitted);
            sleep(500); // let the entry reach the account lock and wait there
        }));
        await(closing);
        Future<EntryResult> entry = pool.submit(() -> {
            submitted.countDown();
            return f.tx(l -> l.submit(NewEntry.builder("late", "FIN-USD", DAY).debit(debit, 10).credit(credit, 10)
                    .build()));
        });
        closer.get(1, TimeUnit.MINUTES);
        pool.shutdown();

        assertThat(entry.get(1, TimeUnit.MINUTES).code()).isEqualTo(ResultCode.ACCOUNT_CLOSED);
        Balance untouched = f.tx(l -> l.balances().current(credit));
        assertThat(untouched).isEqualTo(new Balance(0, 0, 0, 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int indexOf(long[] ids, long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) {
                return i;
            }
        }
        throw new IllegalArgumentException("not hot: " + id);
    }
}
