package org.globalaifund.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ledger's value types validate and compute without a database. */
class ValueTypesTest {

    @Test
    void bookCodesAreBuiltFromCurrencyAndClass() {
        assertThat(Book.financial(Currency.getInstance("EUR"))).isEqualTo("FIN-EUR");
        assertThat(Book.budgetary(Currency.getInstance("XOF"))).isEqualTo("BUD-XOF");
        assertThat(Book.gpuHours("H100")).isEqualTo("GPUH-H100");
        assertThat(Book.parse("BUD-EUR").orElseThrow().kind()).isEqualTo(BookKind.BUD);
        assertThat(Book.parse("FIN-EUR").orElseThrow().kind()).isEqualTo(BookKind.FIN);
        assertThat(Book.parse("GPUH-h100")).isEmpty();
        assertThat(Book.parse(null)).isEmpty();
    }

    @Test
    void dimensionsAreShortCodesWithoutTheKeySeparator() {
        Dimensions all = Dimensions.NONE.withDonor("D").withGrant("G").withTranche("T").withNode("N").withCategory("C");

        assertThat(all).isEqualTo(new Dimensions("D", "G", "T", "N", "C"));
        assertThat(new Dimensions("x".repeat(64), null, null, null, null).donor()).hasSize(64);
        for (int i = 0; i < 5; i++) {
            String[] parts = new String[5];
            parts[i] = "x".repeat(65);
            assertThatThrownBy(() -> new Dimensions(parts[0], parts[1], parts[2], parts[3], parts[4]))
                    .isInstanceOf(IllegalArgumentException.class);
            parts[i] = "";
            assertThatThrownBy(() -> new Dimensions(parts[0], parts[1], parts[2], parts[3], parts[4]))
                    .isInstanceOf(IllegalArgumentException.class);
            parts[i] = "a|b";
            assertThatThrownBy(() -> new Dimensions(parts[0], parts[1], parts[2], parts[3], parts[4]))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void accountKeyValidatesChartCodeAndFund() {
        assertThat(AccountKey.of("FIN-USD", "2100", "f".repeat(64)).canonical())
                .isEqualTo("FIN-USD|2100|" + "f".repeat(64) + "|||||");
        assertThatThrownBy(() -> AccountKey.of("FIN-USD", "2100", "f".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountKey.of("FIN-USD", "2100", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountKey.of("FIN-USD", "2100", "a|b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccountKey.of("FIN-USD", "21 00", "F")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AccountKey("FIN-USD", "2100", "F", Dimensions.NONE.withGrant("G")).canonical())
                .isEqualTo("FIN-USD|2100|F||G|||");
    }

    @Test
    void postedBalanceIsSignedByTheNormalSide() {
        Balance balance = new Balance(70, 20, 5, 5);

        assertThat(balance.posted(Side.DEBIT)).isEqualTo(50);
        assertThat(balance.posted(Side.CREDIT)).isEqualTo(-50);
    }

    @Test
    void trialBalanceIsBalancedOnlyWhenTotalsAreEqual() {
        assertThat(new TrialBalance("FIN-USD", null, null, List.of(), BigInteger.ONE, BigInteger.TWO).balanced()).isFalse();
        assertThat(new TrialBalance("FIN-USD", null, null, List.of(), BigInteger.TWO, BigInteger.TWO).balanced()).isTrue();
    }

    @Test
    void onlyOkAndExistsAreAccepted() {
        assertThat(new EntryResult("a", ResultCode.OK).accepted()).isTrue();
        assertThat(new EntryResult("a", ResultCode.EXISTS).accepted()).isTrue();
        assertThat(new EntryResult("a", ResultCode.EXISTS_WITH_DIFFERENT_FIELDS).accepted()).isFalse();
        assertThat(new EntryResult("a", ResultCode.LINKED_ENTRY_FAILED).accepted()).isFalse();
    }

    @Test
    void accountExposesItsBookAndFund() {
        Account account = new Account(1, AccountKey.of("BUD-USD", "8100", "F"), Side.CREDIT, Set.of(), false);

        assertThat(account.book()).isEqualTo("BUD-USD");
        assertThat(account.fund()).isEqualTo("F");
    }

    @Test
    void migrationsSupportH2AndPostgresqlOnly() {
        assertThat(LedgerMigrations.vendorFolder("H2")).isEqualTo("h2");
        assertThat(LedgerMigrations.vendorFolder("PostgreSQL")).isEqualTo("postgresql");
        assertThatThrownBy(() -> LedgerMigrations.vendorFolder("Oracle")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void sidesHaveOneLetterCodes() {
        assertThat(Side.ofCode(Side.DEBIT.code())).isEqualTo(Side.DEBIT);
        assertThat(Side.ofCode(Side.CREDIT.code())).isEqualTo(Side.CREDIT);
        assertThat(Side.DEBIT.opposite()).isEqualTo(Side.CREDIT);
        assertThatThrownBy(() -> Side.ofCode("X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void inListsArePaddedToPowersOfTwoAndCutIntoChunks() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 63, 64, 65, 1000).stream().map(HotSql::padded))
                .containsExactly(1, 1, 2, 4, 4, 8, 64, 64, 128, 1024);
        assertThat(LedgerContext.chunks(List.of(1, 2, 3, 4, 5), 2)).containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(LedgerContext.chunks(List.of(1, 2), 2)).containsExactly(List.of(1, 2));
        assertThat(LedgerContext.chunks(List.of(), 2)).isEmpty();
    }
}
