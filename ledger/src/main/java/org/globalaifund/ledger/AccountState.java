package org.globalaifund.ledger;

/** An account's row as locked for one batch: limits, closed flag and the running balances the batch changes. */
final class AccountState {
    final long id;
    final String book;
    final String fund;
    final boolean debitsMustNotExceedCredits;
    final boolean creditsMustNotExceedDebits;
    final boolean closed;
    long debitsPosted;
    long creditsPosted;
    long debitsPending;
    long creditsPending;
    boolean dirty;

    AccountState(long id, String book, String fund, boolean debitsMustNotExceedCredits,
                 boolean creditsMustNotExceedDebits, boolean closed,
                 long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        this.id = id;
        this.book = book;
        this.fund = fund;
        this.debitsMustNotExceedCredits = debitsMustNotExceedCredits;
        this.creditsMustNotExceedDebits = creditsMustNotExceedDebits;
        this.closed = closed;
        this.debitsPosted = debitsPosted;
        this.creditsPosted = creditsPosted;
        this.debitsPending = debitsPending;
        this.creditsPending = creditsPending;
    }

    /** True if the balances break a limit; pending amounts count on the limited side, never on the other. */
    static boolean exceedsLimit(AccountState account, long debitsPosted, long creditsPosted, long debitsPending,
                                long creditsPending) {
        // posted - posted never overflows: both are >= 0
        if (account.debitsMustNotExceedCredits && debitsPending > creditsPosted - debitsPosted) {
            return true;
        }
        return account.creditsMustNotExceedDebits && creditsPending > debitsPosted - creditsPosted;
    }
}
