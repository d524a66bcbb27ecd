package org.globalaifund.ledger;

/**
 * Posted and pending debits and credits of an account (or a sum of accounts), in the book's minor unit. Pending
 * amounts are those reserved by open pending entries that have not expired.
 */
public record Balance(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {

    public static final Balance ZERO = new Balance(0, 0, 0, 0);

    /** Posted balance on the account's normal side: debits - credits for a debit-normal account, else the reverse. */
    public long posted(Side normalSide) {
        return normalSide == Side.DEBIT ? debitsPosted - creditsPosted : creditsPosted - debitsPosted;
    }
}
