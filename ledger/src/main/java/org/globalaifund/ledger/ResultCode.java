package org.globalaifund.ledger;

/**
 * The outcome of one command: {@link #OK} or {@link #EXISTS} when it is accepted, one stable code per failure otherwise.
 * A command that fails stores nothing, so its id may be used again.
 */
public enum ResultCode {
    /** Accepted and recorded now. */
    OK,
    /** Replay: an entry with this id and the same content was accepted before; nothing changed. Counts as accepted. */
    EXISTS,
    /** The id is empty, longer than 128 characters or uses characters outside {@code [A-Za-z0-9._:-]}. */
    INVALID_ID,
    /** An entry with this id exists with different content. */
    EXISTS_WITH_DIFFERENT_FIELDS,
    /** Another command of the same linked chain failed, so this one was not applied. */
    LINKED_ENTRY_FAILED,
    /** The last command of the batch asks to be linked to a next one that does not exist. */
    LINKED_CHAIN_OPEN,
    /** Description or a reference field is longer than its column. */
    FIELD_TOO_LONG,
    /** A new entry needs at least two lines. */
    TOO_FEW_LINES,
    /** Every line amount, and a partial post amount, must be greater than zero. */
    AMOUNT_MUST_BE_POSITIVE,
    /** A timeout must be positive, and only pending entries may have one. */
    INVALID_TIMEOUT,
    /** The entry names a book that was never created. */
    BOOK_NOT_FOUND,
    /** The value date falls on or before the book's closed-through date. */
    PERIOD_CLOSED,
    /** A line names an account that does not exist. */
    ACCOUNT_NOT_FOUND,
    /** A line's account belongs to another book than the entry. */
    BOOK_MISMATCH,
    /** The same account appears on both the debit and the credit side. */
    ACCOUNTS_MUST_DIFFER,
    /** Debits and credits differ within a fund of the entry. */
    UNBALANCED,
    /** A sum or an account balance would not fit into a signed 64-bit integer. */
    OVERFLOW,
    /** A line's account is closed. */
    ACCOUNT_CLOSED,
    /** A line would break its account's debit/credit limit, pending amounts included. */
    EXCEEDS_LIMIT,
    /** The referenced pending entry does not exist or is not pending. */
    PENDING_NOT_FOUND,
    /** The pending entry was already posted. */
    ALREADY_POSTED,
    /** The pending entry was already voided. */
    ALREADY_VOIDED,
    /** The pending entry's timeout has passed; its amounts no longer count. */
    EXPIRED,
    /** A partial post asks for more than the pending amount. */
    EXCEEDS_PENDING_AMOUNT,
    /** A partial post (an amount below the pending amount) needs a pending entry of exactly two lines. */
    PARTIAL_POST_REQUIRES_TWO_LINES,
    /** {@code reverse} named an entry that does not exist. */
    ENTRY_NOT_FOUND,
    /** {@code reverse} named a pending or void entry: void the pending entry instead. */
    NOT_REVERSIBLE;

    /** True for {@link #OK} and {@link #EXISTS}: the entry with this id is in the ledger as asked. */
    public boolean accepted() {
        return this == OK || this == EXISTS;
    }
}
