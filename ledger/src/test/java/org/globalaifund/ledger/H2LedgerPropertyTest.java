package org.globalaifund.ledger;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.globalaifund.ledger.support.H2TestDatabase;
import org.globalaifund.ledger.support.LedgerFixture;

/** {@link LedgerPropertyContract} on H2; tries from {@code jqwik.tries.default} (the million profile raises them). */
class H2LedgerPropertyTest extends LedgerPropertyContract {

    private static H2TestDatabase database;
    private static LedgerFixture fixture;
    private static int uses;
    /** Tries per in-memory database (the million profile: 1, so that whole-table counts stay cheap). */
    private static final int TRIES_PER_DATABASE = Integer.getInteger("ledger.property.triesPerDatabase", 2_000);

    @Override
    LedgerFixture fixture() {
        // a new database now and then keeps long runs from filling the heap
        if (database == null || ++uses % TRIES_PER_DATABASE == 0) {
            if (database != null) {
                database.close();
            }
            database = H2TestDatabase.inMemory();
            fixture = new LedgerFixture(database);
        }
        return fixture;
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void ledgerAgreesWithTheModelAfterEveryStep(@ForAll("operations") List<Step> steps) {
        run(steps);
    }

    @Provide
    Arbitrary<List<Step>> operations() {
        return steps();
    }

    @AfterContainer
    static void report() {
        System.out.println("H2 property test: " + OPERATIONS.get() + " operations, results " + SEEN);
        if (database != null) {
            database.close();
            database = null;
        }
        long least = Long.getLong("ledger.property.minOperations", 0);
        if (OPERATIONS.get() < least) {
            throw new AssertionError("only " + OPERATIONS.get() + " operations ran, at least " + least + " wanted");
        }
    }
}
