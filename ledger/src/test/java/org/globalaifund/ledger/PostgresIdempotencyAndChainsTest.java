package org.globalaifund.ledger;

import org.globalaifund.ledger.support.PostgresTestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link IdempotencyAndChainsContract} on PostgreSQL (embedded). */
class PostgresIdempotencyAndChainsTest extends IdempotencyAndChainsContract {

    @Override
    TestDatabase newDatabase() {
        return PostgresTestDatabase.fresh();
    }
}
