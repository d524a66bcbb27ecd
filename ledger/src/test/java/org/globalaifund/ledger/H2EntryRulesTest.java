package org.globalaifund.ledger;

import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link EntryRulesContract} on H2. */
class H2EntryRulesTest extends EntryRulesContract {

    @Override
    TestDatabase newDatabase() {
        return H2TestDatabase.inMemory();
    }
}
