package org.globalaifund.ledger;

import org.globalaifund.ledger.support.PostgresTestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link BalancesAndReportsContract} on PostgreSQL (embedded). */
class PostgresBalancesAndReportsTest extends BalancesAndReportsContract {

    @Override
    TestDatabase newDatabase() {
        return PostgresTestDatabase.fresh();
    }
}
