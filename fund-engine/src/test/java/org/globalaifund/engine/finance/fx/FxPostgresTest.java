package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.PostgresContext;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.ledger.Dimensions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Rates and a conversion on a real PostgreSQL 17: the same SQL (ordering, batch inserts, four-eyes check) works there. */
class FxPostgresTest extends PostgresContext {


    @Autowired ExchangeRates rates;
    @Autowired EcbRateUpload ecb;
    @Autowired FxConversions conversions;
    @Autowired FundLedger ledger;
    @Autowired TransactionTemplate tx;
    @Autowired PeopleService people;
    @Autowired DSLContext dsl;

    @Test
    void givenPostgres_whenRatesAreUploadedEnteredApprovedAndCashConverted_thenEverythingBehavesAsOnH2() throws Exception {
        String hana = people.createActive(null, "fx.hana@test.example", "Hana", "a-long-password-1", EnumSet.of(Role.FINANCE)).id();
        String ivan = people.createActive(null, "fx.ivan@test.example", "Ivan", "a-long-password-1", EnumSet.of(Role.FINANCE)).id();
        ecb.upload(hana, EcbRateFileTest.fixture("eurofxref-hist.csv"));
        assertThat(ecb.upload(ivan, EcbRateFileTest.fixture("eurofxref-hist.csv")).added()).isZero();
        ecb.upload(hana, EcbRateFileTest.fixture("eurofxref.csv"));
        ExchangeRate kes = rates.enter(hana, "KES", "135.25", LocalDate.of(2026, 11, 20));
        assertThatThrownBy(() -> rates.approve(hana, kes.id())).isInstanceOf(FundException.class);
        rates.approve(ivan, kes.id());

        assertThat(rates.rate("USD", "JPY", ExchangeRatesTest.ECB_DAY)).isEqualByComparingTo("154.53767123287671232877");
        assertThat(rates.rate("EUR", "KES", ExchangeRatesTest.ECB_DAY)).isEqualByComparingTo("135.25");
        assertThat(rates.latest()).extracting(ExchangeRate::currency).contains("USD", "KES");

        String fund = FxConversionTest.openFund(dsl, "FXPG-");
        FxConversionTest.receive(tx, ledger, fund, Money.of("1000.00", "EUR"));
        FxConversion done = conversions.convert(ivan, UUID.randomUUID().toString(),
                new FxConversions.Request(fund, "EUR", "KES", "100.00", ExchangeRatesTest.ECB_DAY));

        assertThat(done.to()).isEqualTo(Money.of("13525.00", "KES"));
        assertThat(ledger.balance(ChartAccount.CASH, "KES", fund, Dimensions.NONE)).isEqualTo(1352500);
        assertThat(ledger.balance(ChartAccount.AVAILABLE_FOR_COMMITMENT, "EUR", fund, Dimensions.NONE)).isEqualTo(90000);
    }
}
