package org.globalaifund.ledger;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.globalaifund.ledger.support.LedgerFixture;
import org.globalaifund.ledger.support.PostgresTestDatabase;

/** {@link LedgerPropertyContract} on PostgreSQL (embedded), with fewer tries than on H2. */
class PostgresLedgerPropertyTest extends LedgerPropertyContract {

    private static PostgresTestDatabase database;
    private static LedgerFixture fixture;

    @Override
    LedgerFixture fixture() {
        if (database == null) {
            database = PostgresTestDatabase.fresh();
            fixture = new LedgerFixture(database);
        }
        return fixture;
    }

    @Property(tries = 25, edgeCases = EdgeCasesMode.NONE)
    void ledgerAgreesWithTheModelAfterEveryStep(@ForAll("operations") List<Step> steps) {
        run(steps);
    }

    @Provide
    Arbitrary<List<Step>> operations() {
        return steps();
    }

    @AfterContainer
    static void dropDatabase() {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
