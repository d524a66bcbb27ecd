package org.globalaifund.ledger;

/**
 * One command of a batch: a new entry, or the post or void of a pending entry. Each has a caller-chosen id that the
 * ledger keeps forever (idempotency), and a {@code linked} flag: a command linked to the next one succeeds or fails
 * together with it (TigerBeetle's linked events).
 */
public sealed interface Command permits NewEntry, PostPending, VoidPending {

    /** Caller-chosen, derived from the business key, e.g. {@code receipt:PLG-12:3}: 1-128 of {@code [A-Za-z0-9._:-]}. */
    String id();

    /** True if this command and the next one in the batch form a chain that is applied all or nothing. */
    boolean linked();

    /** The same command, linked to the next one of the batch. */
    Command linkedToNext();
}
