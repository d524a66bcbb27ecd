package org.globalaifund.ledger;

import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link IdempotencyAndChainsContract} on H2. */
class H2IdempotencyAndChainsTest extends IdempotencyAndChainsContract {

    @Override
    TestDatabase newDatabase() {
        return H2TestDatabase.inMemory();
    }
}
