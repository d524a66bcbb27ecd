package org.globalaifund.ledger;

import org.globalaifund.ledger.support.PostgresTestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link TwoPhaseContract} on PostgreSQL (embedded). */
class PostgresTwoPhaseTest extends TwoPhaseContract {

    @Override
    TestDatabase newDatabase() {
        return PostgresTestDatabase.fresh();
    }
}
