package org.globalaifund.ledger;

import org.globalaifund.ledger.support.PostgresTestDatabase;
import org.globalaifund.ledger.support.TestDatabase;

/** {@link EntryRulesContract} on PostgreSQL (embedded). */
class PostgresEntryRulesTest extends EntryRulesContract {

    @Override
    TestDatabase newDatabase() {
        return PostgresTestDatabase.fresh();
    }
}
