package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.ECB_UPLOAD;
import static org.globalaifund.engine.db.Tables.EXCHANGE_RATE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.engine.problem.ProblemType;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rates from ECB files, entered under four eyes and fixed by parity; cross rates via the euro; how old a rate may be. */
@FundEngineTest
class ExchangeRatesTest {

    static final LocalDate ECB_DAY = LocalDate.of(2026, 11, 27);

    @Autowired ExchangeRates rates;
    @Autowired EcbRateUpload ecb;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired DSLContext dsl;

    String alice;
    String bob;

    @BeforeEach
    void twoFinancePeopleAndTheDailyEcbFile() throws Exception {
        alice = finance("fx.alice@test.example");
        bob = finance("fx.bob@test.example");
        ecb.upload(alice, EcbRateFileTest.fixture("eurofxref.csv"));
    }

    String finance(String email) {
        return repository.findByEmail(email)
                .orElseGet(() -> people.createActive(null, email, email, "a-long-password-1", EnumSet.of(Role.FINANCE))).id();
    }

    @Test
    void givenEcbRates_whenQuotingUsdToJpy_thenTheRateIsTheCrossRateViaTheEuro() {
        BigDecimal rate = rates.rate("USD", "JPY", ECB_DAY);

        assertThat(rate).isEqualByComparingTo("154.53767123287671232877"); // 162.45 / 1.0512, 20 decimals HALF_EVEN
        assertThat(rates.rate("EUR", "USD", ECB_DAY)).isEqualByComparingTo("1.0512");
        assertThat(rates.rate("USD", "EUR", ECB_DAY)).isEqualByComparingTo("0.95129375951293759513");
    }

    @Test
    void givenTheCfaFrancs_whenQuoted_thenTheyAreFixedAt655957PerEuroOnAnyDate() {
        LocalDate anyDay = LocalDate.of(1999, 1, 4);

        assertThat(rates.rate("EUR", "XOF", anyDay)).isEqualByComparingTo("655.957");
        assertThat(rates.rate("XAF", "EUR", anyDay)).isEqualByComparingTo("0.00152449017237410379");
        assertThat(rates.rate("XOF", "XAF", anyDay)).isEqualByComparingTo("1");
        assertThat(rates.quote("EUR", "XOF", anyDay).toLeg().source()).isEqualTo(RateSource.FIXED_PARITY);
    }

    @Test
    void givenEcbDollarRate_whenConvertingXofToUsd_thenTheParityAndTheEcbRateCrossAndTheAmountRoundsHalfEven() {
        Quote quote = rates.quote("XOF", "USD", ECB_DAY);

        assertThat(quote.rate()).isEqualByComparingTo("0.0016025440691996579"); // 1.0512 / 655.957
        assertThat(quote.convert(Money.of("100000", "XOF"))).isEqualTo(Money.of("160.25", "USD"));
        assertThat(quote.describeSource()).isEqualTo("XOF 655.957 (fixed parity) -> USD 1.0512 (ECB 2026-11-27)");
    }

    @Test
    void givenAnEcbRate_whenUsedForLaterDates_thenItServesSevenDaysAndNoMore() {
        assertThat(rates.rate("EUR", "CZK", ECB_DAY.plusDays(7))).isEqualByComparingTo("25.123");

        assertThatThrownBy(() -> rates.rate("EUR", "CZK", ECB_DAY.plusDays(8)))
                .isInstanceOf(FundException.class).hasMessageContaining("No usable rate for CZK on 2026-12-05");
    }

    @Test
    void givenNoRateOnOrBeforeTheDate_whenQuoted_thenItIsRefusedNamingTheCurrency() {
        assertThatThrownBy(() -> rates.rate("USD", "EUR", ECB_DAY.minusYears(20)))
                .isInstanceOf(FundException.class).hasMessageContaining("No usable rate for USD")
                .satisfies(e -> assertThat(((FundException) e).type()).isEqualTo(ProblemType.STATE_CONFLICT));
    }

    @Test
    void givenAnUnknownCurrency_whenQuoted_thenItIsInvalidInput() {
        assertThatThrownBy(() -> rates.rate("ABC", "EUR", ECB_DAY))
                .isInstanceOf(FundException.class).hasMessageContaining("Unknown currency ABC")
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("from"));
    }

    @Test
    void givenTheSameFileUploadedAgain_whenUploaded_thenNothingChanges() throws Exception {
        int rows = dsl.fetchCount(EXCHANGE_RATE);
        int uploads = dsl.fetchCount(ECB_UPLOAD);

        EcbRateUpload.Result again = ecb.upload(bob, EcbRateFileTest.fixture("eurofxref.csv"));

        assertThat(again.added()).isZero();
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(again.uploadId()).isNull();
        assertThat(dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(rows);
        assertThat(dsl.fetchCount(ECB_UPLOAD)).isEqualTo(uploads);
    }

    @Test
    void givenAHistoricalFile_whenUploaded_thenItsRatesAreStoredWithWhoUploadedThem() throws Exception {
        ecb.upload(bob, EcbRateFileTest.fixture("eurofxref-hist.csv"));

        assertThat(rates.rate("EUR", "JPY", LocalDate.of(2026, 11, 25))).isEqualByComparingTo("161.2");
        var row = dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.ECB_KEY.eq("GBP:2026-11-24")).fetchOne();
        assertThat(row.getEnteredBy()).isIn(alice, bob); // the first uploader of this file in the shared database
        assertThat(dsl.fetchExists(ECB_UPLOAD, ECB_UPLOAD.ID.eq(row.getUploadId()))).isTrue();
    }

    @Test
    void givenAMalformedFile_whenUploaded_thenItIsRefusedAndNothingIsWritten() throws Exception {
        int rows = dsl.fetchCount(EXCHANGE_RATE);
        String malformed = EcbRateFileTest.fixture("bad-number.csv");

        assertThatThrownBy(() -> ecb.upload(alice, malformed)).isInstanceOf(FundException.class).hasMessageContaining("line 3");
        assertThat(dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(rows);
    }

    @Test
    void givenAFileThatContradictsAStoredEcbRate_whenUploaded_thenTheWholeFileIsRefused() {
        String contradicting = "Date,USD,JPY\n2026-11-28,1.0600,163.00\n2026-11-27,1.0600,162.45\n";

        assertThatThrownBy(() -> ecb.upload(alice, contradicting)).isInstanceOf(FundException.class)
                .hasMessageContaining("USD on 2026-11-27").hasMessageContaining("1.0512");
        assertThat(dsl.fetchExists(EXCHANGE_RATE, EXCHANGE_RATE.ECB_KEY.eq("JPY:2026-11-28"))).isFalse();
        assertThat(rates.rate("EUR", "USD", ECB_DAY)).isEqualByComparingTo("1.0512");
    }

    @Test
    void givenARateEnteredByOnePerson_whenTheSamePersonApproves_thenItIsRefusedAndStaysPendingAndUnusable() {
        LocalDate day = LocalDate.of(2031, 3, 10);
        ExchangeRate entered = rates.enter(alice, "KES", "120.5", day);

        assertThatThrownBy(() -> rates.approve(alice, entered.id())).isInstanceOf(FundException.class)
                .hasMessageContaining("another FINANCE person must approve it");
        assertThat(rates.pending()).extracting(ExchangeRate::id).contains(entered.id());
        assertThatThrownBy(() -> rates.rate("EUR", "KES", day)).isInstanceOf(FundException.class);
    }

    @Test
    void givenARateEnteredByOnePerson_whenAnotherApproves_thenItIsUsableForThirtyOneDays() {
        LocalDate day = LocalDate.of(2031, 4, 1);
        ExchangeRate entered = rates.enter(alice, "NGN", "1650.25", day);

        ExchangeRate approved = rates.approve(bob, entered.id());

        assertThat(approved.status()).isEqualTo(ExchangeRate.Status.APPROVED);
        assertThat(approved.enteredBy()).isEqualTo(alice);
        assertThat(approved.decidedBy()).isEqualTo(bob);
        assertThat(rates.rate("EUR", "NGN", day.plusDays(31))).isEqualByComparingTo("1650.25");
        assertThatThrownBy(() -> rates.rate("EUR", "NGN", day.plusDays(32))).isInstanceOf(FundException.class);
    }

    @Test
    void givenAnEnteredRateNotYetApproved_whenQuoted_thenThereIsNoRate() {
        LocalDate day = LocalDate.of(2032, 5, 5);
        rates.enter(alice, "GHS", "16.1", day);

        assertThatThrownBy(() -> rates.rate("GHS", "EUR", day)).isInstanceOf(FundException.class)
                .hasMessageContaining("No usable rate for GHS on 2032-05-05");
    }

    @Test
    void givenARejectedRate_whenQuoted_thenThereIsNoRateAndItCannotBeApprovedLater() {
        LocalDate day = LocalDate.of(2032, 6, 6);
        ExchangeRate entered = rates.enter(alice, "UGX", "4100", day);

        rates.reject(bob, entered.id());

        assertThatThrownBy(() -> rates.rate("UGX", "EUR", day)).isInstanceOf(FundException.class);
        assertThatThrownBy(() -> rates.approve(bob, entered.id())).isInstanceOf(FundException.class).hasMessageContaining("already rejected");
    }

    @Test
    void givenAnEcbRateAndAnApprovedEnteredRateOfTheSameDay_whenQuoted_thenTheEnteredRateWins() {
        LocalDate day = LocalDate.of(2033, 1, 3);
        ecb.upload(alice, "Date,CHF\n2033-01-03,0.95\n");
        rates.approve(alice, rates.enter(bob, "CHF", "0.96", day).id());

        assertThat(rates.rate("EUR", "CHF", day)).isEqualByComparingTo("0.96");
    }

    @Test
    void givenAFixedParityOrTheEuro_whenEnteringARate_thenItIsRefused() {
        assertThatThrownBy(() -> rates.enter(alice, "XOF", "650", ECB_DAY)).isInstanceOf(FundException.class)
                .hasMessageContaining("XOF is fixed at 655.957");
        assertThatThrownBy(() -> rates.enter(alice, "EUR", "1", ECB_DAY)).isInstanceOf(FundException.class);
    }

    @Test
    void givenABadRate_whenEntering_thenItIsRefusedPerField() {
        assertThatThrownBy(() -> rates.enter(alice, "KES", "-3", ECB_DAY))
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("unitsPerEur"));
        assertThatThrownBy(() -> rates.enter(alice, "KES", "1.12345678901", ECB_DAY))
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKey("unitsPerEur"));
        assertThatThrownBy(() -> rates.enter(alice, "ZZZ", "1", null))
                .satisfies(e -> assertThat(((FundException) e).fieldErrors()).containsKeys("currency", "validOn"));
    }
}
