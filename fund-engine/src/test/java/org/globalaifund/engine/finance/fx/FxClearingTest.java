package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.FX_CLEARING;
import static org.globalaifund.engine.finance.ChartAccount.UNAPPLIED_RECEIPTS;

import java.time.LocalDate;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.money.Money;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.Dimensions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The primitive for converting unapplied receipts: moving a balance of any financial account between currency books. */
@FundEngineTest
class FxClearingTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Autowired FxClearing clearing;
    @Autowired FundLedger ledger;
    @Autowired TransactionTemplate tx;

    @Test
    void givenUnappliedDollars_whenCashAndUnappliedReceiptsAreMovedToEuros_thenEachBookBalancesAndClearingNetsToZero() {
        String fund = "FXC-" + UUID.randomUUID().toString().substring(0, 8);
        Dimensions donor = Dimensions.NONE.withDonor("D-42");
        tx.executeWithoutResult(s -> ledger.post(ledger.posting("test-unapplied:" + fund, ChartAccount.BookFamily.FIN, "USD", DAY)
                .debit(CASH, fund, Dimensions.NONE, 105120).credit(UNAPPLIED_RECEIPTS, fund, donor, 105120)));
        Money usd = Money.of("1051.20", "USD");
        Money eur = Money.of("1000.00", "EUR");
        String base = "unapplied-fx:" + fund;

        FxClearing.Move cash = clearing.move(base, CASH, fund, Dimensions.NONE, usd, eur, DAY);
        FxClearing.Move unapplied = clearing.move(base, UNAPPLIED_RECEIPTS, fund, donor, usd, eur, DAY);
        tx.executeWithoutResult(s -> ledger.post(cash.fromBook(), cash.toBook(), unapplied.fromBook(), unapplied.toBook()));

        assertThat(ledger.ledger().reports().lines(AccountFilter.all().fund(fund), null, null).stream()
                .filter(l -> l.entryId().startsWith(base))
                .map(l -> l.entryId().substring(base.length()) + " " + l.chartCode() + " " + l.side().name().charAt(0) + " " + l.amount()))
                .containsExactlyInAnyOrder(
                        ":1100:FIN-USD 1900 D 105120", ":1100:FIN-USD 1100 C 105120",
                        ":1100:FIN-EUR 1100 D 100000", ":1100:FIN-EUR 1900 C 100000",
                        ":2400:FIN-USD 2400 D 105120", ":2400:FIN-USD 1900 C 105120",
                        ":2400:FIN-EUR 1900 D 100000", ":2400:FIN-EUR 2400 C 100000");
        assertThat(ledger.balance(UNAPPLIED_RECEIPTS, "USD", fund, donor)).isZero();
        assertThat(ledger.balance(UNAPPLIED_RECEIPTS, "EUR", fund, donor)).isEqualTo(100000);
        assertThat(ledger.balance(CASH, "EUR", fund, Dimensions.NONE)).isEqualTo(100000);
        assertThat(ledger.balance(FX_CLEARING, "USD", fund, Dimensions.NONE)).isZero();
        assertThat(ledger.balance(FX_CLEARING, "EUR", fund, Dimensions.NONE)).isZero();
    }

    @Test
    void givenABudgetaryAccountOrTheSameCurrency_whenMoving_thenTheCallerIsToldAtOnce() {
        Money eur = Money.of("1.00", "EUR");

        assertThatThrownBy(() -> clearing.move("x", ChartAccount.AVAILABLE_FOR_COMMITMENT, "F", Dimensions.NONE, eur, Money.of("1.05", "USD"), DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clearing.move("x", CASH, "F", Dimensions.NONE, eur, Money.of("2.00", "EUR"), DAY))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
