package org.globalaifund.ledger;

import java.util.Set;

/** An account as stored: its id (used in entry lines), natural key, normal side, limit flags and whether it is closed. */
public record Account(long id, AccountKey key, Side normalSide, Set<AccountFlag> flags, boolean closed) {

    public Account {
        flags = Set.copyOf(flags);
    }

    public String book() {
        return key.book();
    }

    public String fund() {
        return key.fund();
    }
}
