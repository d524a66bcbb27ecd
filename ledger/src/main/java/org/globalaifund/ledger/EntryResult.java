package org.globalaifund.ledger;

/** The result of one command of a batch, in the order of the batch. */
public record EntryResult(String id, ResultCode code) {

    /** The command's entry is in the ledger: recorded now ({@link ResultCode#OK}) or before ({@link ResultCode#EXISTS}). */
    public boolean accepted() {
        return code.accepted();
    }
}
