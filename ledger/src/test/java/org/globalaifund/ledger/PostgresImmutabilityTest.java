package org.globalaifund.ledger;

import org.globalaifund.ledger.support.PostgresTestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link ImmutabilityContract} on PostgreSQL (embedded). */
class PostgresImmutabilityTest extends ImmutabilityContract {

    @Override
    TestDatabase newDatabase() {
        return PostgresTestDatabase.fresh();
    }
}
