package org.globalaifund.ledger;

import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link BalancesAndReportsContract} on H2. */
class H2BalancesAndReportsTest extends BalancesAndReportsContract {

    @Override
    TestDatabase newDatabase() {
        return H2TestDatabase.inMemory();
    }
}
