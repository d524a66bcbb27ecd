package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The database itself refuses UPDATE and DELETE on entries, lines and resolutions: corrections are new entries. */
abstract class ImmutabilityContract extends LedgerTestBase {

    @BeforeEach
    void recordEntries() {
        makeAvailable("recognised", 100);
        submit(NewEntry.builder("hold", BUD, DAY).pending().debit(available.id(), 10).credit(committed.id(), 10).build());
        submit(VoidPending.of("hold:void", "hold"));
    }

    private void refused(String sql) {
        assertThatThrownBy(() -> f.run(l -> f.dsl().execute(sql)))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only")
                .hasMessageContaining(sql.startsWith("update") ? "UPDATE" : "DELETE");
    }

    @Test
    void entryRowsCannotBeUpdated() {
        refused("update ledger.entry set description = 'changed' where entry_id = 'recognised'");
        assertThat(f.dsl().fetchValue("select description from ledger.entry where entry_id = 'recognised'")).isNull();
    }

    @Test
    void entryRowsCannotBeDeleted() {
        refused("delete from ledger.entry where entry_id = 'hold:void'");
        assertThat(entryCount()).isEqualTo(3);
    }

    @Test
    void lineRowsCannotBeUpdated() {
        refused("update ledger.entry_line set amount = 1000 where entry_id = 'recognised'");
        assertThat(balance(available).creditsPosted()).isEqualTo(100);
    }

    @Test
    void lineRowsCannotBeDeleted() {
        refused("delete from ledger.entry_line");
    }

    @Test
    void resolutionsCannotBeUndone() {
        refused("delete from ledger.pending_resolution where pending_id = 'hold'");
        refused("update ledger.pending_resolution set outcome = 'POSTED'");
    }

    @Test
    void periodClosesCannotBeUndone() {
        f.run(l -> l.books().closePeriod(FIN, DAY));

        refused("delete from ledger.period_close");
    }
}
