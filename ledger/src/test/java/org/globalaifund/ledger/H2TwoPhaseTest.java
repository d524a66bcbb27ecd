package org.globalaifund.ledger;

import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link TwoPhaseContract} on H2. */
class H2TwoPhaseTest extends TwoPhaseContract {

    @Override
    TestDatabase newDatabase() {
        return H2TestDatabase.inMemory();
    }
}
