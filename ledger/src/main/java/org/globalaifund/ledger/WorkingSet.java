package org.globalaifund.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one batch may read and change: the locked accounts, the books, the pending entries it refers to and the
 * fingerprints of the ids it uses. Every change goes through here and is journaled, so a failed linked chain can be
 * undone in memory before anything is written.
 */
final class WorkingSet {

    private final Map<Long, AccountState> accounts;
    private final Map<String, Book> books;
    private final Map<String, PendingState> pendings;
    private final Map<String, String> fingerprints;
    private final List<Runnable> undo = new ArrayList<>();

    WorkingSet(Map<Long, AccountState> accounts, Map<String, Book> books, Map<String, PendingState> pendings,
               Map<String, String> fingerprints) {
        this.accounts = accounts;
        this.books = books;
        this.pendings = new HashMap<>(pendings);
        this.fingerprints = new HashMap<>(fingerprints);
    }

    AccountState account(long id) {
        return accounts.get(id);
    }

    Iterable<AccountState> accounts() {
        return accounts.values();
    }

    Book book(String code) {
        return books.get(code);
    }

    PendingState pending(String id) {
        return pendings.get(id);
    }

    String fingerprint(String id) {
        return fingerprints.get(id);
    }

    void setBalances(AccountState account, long debitsPosted, long creditsPosted, long debitsPending,
                     long creditsPending) {
        long dp = account.debitsPosted;
        long cp = account.creditsPosted;
        long dh = account.debitsPending;
        long ch = account.creditsPending;
        boolean wasDirty = account.dirty;
        undo.add(() -> {
            account.debitsPosted = dp;
            account.creditsPosted = cp;
            account.debitsPending = dh;
            account.creditsPending = ch;
            account.dirty = wasDirty;
        });
        account.debitsPosted = debitsPosted;
        account.creditsPosted = creditsPosted;
        account.debitsPending = debitsPending;
        account.creditsPending = creditsPending;
        account.dirty = true;
    }

    void resolve(PendingState pending, PendingState.Outcome outcome) {
        PendingState.Outcome before = pending.outcome;
        undo.add(() -> pending.outcome = before);
        pending.outcome = outcome;
    }

    void addPending(PendingState pending) {
        pendings.put(pending.id, pending);
        undo.add(() -> pendings.remove(pending.id));
    }

    void reserveId(String id, String fingerprint) {
        fingerprints.put(id, fingerprint);
        undo.add(() -> fingerprints.remove(id));
    }

    int mark() {
        return undo.size();
    }

    void rollbackTo(int mark) {
        for (int i = undo.size() - 1; i >= mark; i--) {
            undo.remove(i).run();
        }
    }

    /** Forgets the journal once a chain is settled, so big batches do not keep it. */
    void settle() {
        undo.clear();
    }
}
