package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.globalaifund.engine.db.Tables.FUND_DEFINITION;
import static org.globalaifund.engine.db.Tables.FX_CONVERSION;
import static org.globalaifund.engine.finance.ChartAccount.AVAILABLE_FOR_COMMITMENT;
import static org.globalaifund.engine.finance.ChartAccount.CASH;
import static org.globalaifund.engine.finance.ChartAccount.FX_CLEARING;
import static org.globalaifund.engine.finance.ChartAccount.RESOURCES_RECOGNISED;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.engine.problem.FundException;
import org.globalaifund.ledger.AccountFilter;
import org.globalaifund.ledger.Dimensions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Converting a fund's cash between currency books: four linked entries, checked line by line, and what is refused. */
@FundEngineTest
class FxConversionTest {

    static final LocalDate DAY = ExchangeRatesTest.ECB_DAY;

    @Autowired FxConversions conversions;
    @Autowired EcbRateUpload ecb;
    @Autowired FundLedger ledger;
    @Autowired TransactionTemplate tx;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired DSLContext dsl;

    String finance;
    String fund;

    @BeforeEach
    void ratesAndAFundOfItsOwn() throws Exception {
        finance = repository.findByEmail("fx.carol@test.example").orElseGet(() -> people.createActive(null, "fx.carol@test.example",
                "Carol", "a-long-password-1", EnumSet.of(Role.FINANCE))).id();
        ecb.upload(finance, EcbRateFileTest.fixture("eurofxref.csv"));
        fund = openFund(dsl, "FXT-");
    }

    /** A fund of the test's own, so balances start at zero whatever other tests booked. */
    static String openFund(DSLContext dsl, String prefix) {
        String code = prefix + UUID.randomUUID().toString().substring(0, 8);
        dsl.insertInto(FUND_DEFINITION).set(FUND_DEFINITION.CODE, code).set(FUND_DEFINITION.NAME, "Test fund " + code)
                .set(FUND_DEFINITION.PURPOSE_KIND, "NONE").set(FUND_DEFINITION.CREATED_AT, java.time.Instant.now()).execute();
        return code;
    }

    /** Cash received and recognised: FIN Dr 1100 / Cr 4110, BUD Dr 8200 / Cr 8100 (the lead's receipt, in short). */
    static void receive(TransactionTemplate tx, FundLedger ledger, String fund, Money money) {
        String currency = money.currency().getCurrencyCode();
        String id = "test-receipt:" + UUID.randomUUID();
        tx.executeWithoutResult(s -> ledger.post(
                ledger.posting(id + ":FIN", ChartAccount.BookFamily.FIN, currency, DAY)
                        .debit(CASH, fund, Dimensions.NONE, money.minor())
                        .credit(ChartAccount.CONTRIBUTIONS_UNRESTRICTED, fund, Dimensions.NONE, money.minor()),
                ledger.posting(id + ":BUD", ChartAccount.BookFamily.BUD, currency, DAY)
                        .debit(RESOURCES_RECOGNISED, fund, Dimensions.NONE, money.minor())
                        .credit(AVAILABLE_FOR_COMMITMENT, fund, Dimensions.NONE, money.minor())));
    }

    long balance(ChartAccount account, String currency) {
        return ledger.balance(account, currency, fund, Dimensions.NONE);
    }

    @Test
    void givenEuroCash_whenConvertedToDollars_thenFourEntriesMoveCashAndAvailabilityThroughFxClearing() {
        receive(tx, ledger, fund, Money.of("1000.00", "EUR"));

        FxConversion done = conversions.convert(finance, UUID.randomUUID().toString(),
                new FxConversions.Request(fund, "EUR", "USD", "400.00", DAY));

        assertThat(done.to()).isEqualTo(Money.of("420.48", "USD")); // 400.00 x 1.0512
        assertThat(done.rate()).isEqualByComparingTo("1.0512");
        assertThat(done.rateSource()).isEqualTo("EUR 1 -> USD 1.0512 (ECB 2026-11-27)");
        assertThat(done.convertedBy()).isEqualTo(finance);
        String base = "fx:" + done.id();
        assertThat(lines(done.id())).containsExactlyInAnyOrder(
                base + ":1100:FIN-EUR FIN-EUR 1900 D 40000", base + ":1100:FIN-EUR FIN-EUR 1100 C 40000",
                base + ":1100:FIN-USD FIN-USD 1100 D 42048", base + ":1100:FIN-USD FIN-USD 1900 C 42048",
                base + ":8100:BUD-EUR BUD-EUR 8100 D 40000", base + ":8100:BUD-EUR BUD-EUR 8200 C 40000",
                base + ":8100:BUD-USD BUD-USD 8200 D 42048", base + ":8100:BUD-USD BUD-USD 8100 C 42048");
        assertThat(balance(CASH, "EUR")).isEqualTo(60000);
        assertThat(balance(CASH, "USD")).isEqualTo(42048);
        assertThat(balance(AVAILABLE_FOR_COMMITMENT, "EUR")).isEqualTo(60000);
        assertThat(balance(AVAILABLE_FOR_COMMITMENT, "USD")).isEqualTo(42048);
        assertThat(balance(FX_CLEARING, "EUR")).isEqualTo(40000);
        assertThat(balance(FX_CLEARING, "USD")).isEqualTo(-42048);
    }

    @Test
    void givenDollarCash_whenConvertedToYen_thenTheCrossRateAppliesAndYenRoundHalfEvenToWholeUnits() {
        receive(tx, ledger, fund, Money.of("100.00", "USD"));

        FxConversion done = conversions.convert(finance, UUID.randomUUID().toString(),
                new FxConversions.Request(fund, "USD", "JPY", "100.00", DAY));

        assertThat(done.to()).isEqualTo(Money.of("15454", "JPY")); // 100 x 154.537671... = 15453.77
        assertThat(balance(CASH, "USD")).isZero();
        assertThat(balance(CASH, "JPY")).isEqualTo(15454);
    }

    @Test
    void givenLessCashThanAsked_whenConverting_thenItIsRefusedAndNothingIsWritten() {
        receive(tx, ledger, fund, Money.of("100.00", "EUR"));
        int recorded = dsl.fetchCount(FX_CONVERSION);

        assertThatThrownBy(() -> conversions.convert(finance, UUID.randomUUID().toString(),
                new FxConversions.Request(fund, "EUR", "USD", "100.01", DAY)))
                .isInstanceOf(FundException.class).hasMessageContaining("holds only 100.00 EUR in cash");

        assertNothingWritten(recorded, 10000);
    }

    @Test
    void givenCashAlreadyCommitted_whenConvertingMoreThanIsAvailable_thenItIsRefusedAndNothingIsWritten() {
        receive(tx, ledger, fund, Money.of("1000.00", "EUR"));
        tx.executeWithoutResult(s -> ledger.post(ledger.posting("test-commit:" + fund, ChartAccount.BookFamily.BUD, "EUR", DAY)
                .debit(AVAILABLE_FOR_COMMITMENT, fund, Dimensions.NONE, 70000)
                .credit(ChartAccount.COMMITTED, fund, Dimensions.NONE.withGrant("G-1"), 70000)));
        int recorded = dsl.fetchCount(FX_CONVERSION);

        assertThatThrownBy(() -> conversions.convert(finance, UUID.randomUUID().toString(),
                new FxConversions.Request(fund, "EUR", "USD", "300.01", DAY)))
                .isInstanceOf(FundException.class).hasMessageContaining("Only 300.00 EUR of fund " + fund + " is available");

        assertNothingWritten(recorded, 100000);
        assertThat(balance(AVAILABLE_FOR_COMMITMENT, "EUR")).isEqualTo(30000);
    }

    @Test
    void givenNoRateForTheDate_whenConverting_thenItIsRefusedAndNothingIsWritten() {
        receive(tx, ledger, fund, Money.of("10.00", "EUR"));
        int recorded = dsl.fetchCount(FX_CONVERSION);

        assertThatThrownBy(() -> conversions.convert(finance, UUID.randomUUID().toString(),
                new FxConversions.Request(fund, "EUR", "USD", "10.00", DAY.plusDays(30))))
                .isInstanceOf(FundException.class).hasMessageContaining("No usable rate for USD");

        assertNothingWritten(recorded, 1000);
    }

    @Test
    void givenTheLedgerLimitsAlone_whenAChainWouldOverdrawCash_thenNoEntryOfTheChainIsPosted() {
        receive(tx, ledger, fund, Money.of("50.00", "EUR"));
        FxClearing.Move move = new FxClearing(ledger).move("test-overdraw:" + fund, CASH, fund, Dimensions.NONE,
                Money.of("50.01", "EUR"), Money.of("52.57", "USD"), DAY);

        assertThatThrownBy(() -> tx.executeWithoutResult(s -> ledger.post(move.postings()))).isInstanceOf(FundException.class);

        assertThat(balance(CASH, "EUR")).isEqualTo(5000);
        assertThat(ledger.ledger().reports().lines(AccountFilter.all().fund(fund).chartCode("1900"), null, null)).isEmpty();
    }

    private void assertNothingWritten(int conversionsBefore, long eurCash) {
        assertThat(dsl.fetchCount(FX_CONVERSION)).isEqualTo(conversionsBefore);
        assertThat(balance(CASH, "EUR")).isEqualTo(eurCash);
        assertThat(balance(CASH, "USD")).isZero();
        assertThat(ledger.ledger().reports().lines(AccountFilter.all().fund(fund), null, null))
                .allSatisfy(line -> assertThat(line.entryId()).startsWith("test-"));
    }

    private List<String> lines(String conversionId) {
        return ledger.ledger().reports().lines(AccountFilter.all().fund(fund), null, null).stream()
                .filter(l -> "fx-conversion".equals(l.refType()) && conversionId.equals(l.refId()))
                .map(l -> l.entryId() + " " + l.book() + " " + l.chartCode() + " " + l.side().name().charAt(0) + " " + l.amount())
                .toList();
    }
}
