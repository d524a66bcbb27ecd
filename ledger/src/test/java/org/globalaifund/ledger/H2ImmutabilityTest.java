package org.globalaifund.ledger;

import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link ImmutabilityContract} on H2. */
class H2ImmutabilityTest extends ImmutabilityContract {

    @Override
    TestDatabase newDatabase() {
        return H2TestDatabase.inMemory();
    }
}
