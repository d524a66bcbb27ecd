package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.EXCHANGE_RATE;
import static org.globalaifund.engine.db.Tables.FX_CONVERSION;
import static org.globalaifund.engine.db.Tables.IDEMPOTENCY_KEY;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.finance.ChartAccount;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.globalaifund.ledger.Dimensions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The rates and conversions API: problem+json for bad input with nothing written, Idempotency-Key, four eyes over HTTP. */
@FundEngineTest
class FxApiTest {

    static final String PASSWORD = "a-long-password-1";

    @Autowired MockMvc mvc;
    @Autowired FundLedger ledger;
    @Autowired TransactionTemplate tx;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired DSLContext dsl;

    String fund;

    @BeforeEach
    void ratesAndEuroCash() throws Exception {
        finance("fx.dan@test.example");
        finance("fx.erin@test.example");
        mvc.perform(post("/api/v1/exchange-rates/ecb").with(as("fx.dan@test.example")).contentType("text/csv")
                .content(EcbRateFileTest.fixture("eurofxref.csv"))).andExpect(status().isOk());
        fund = FxConversionTest.openFund(dsl, "FXA-");
        FxConversionTest.receive(tx, ledger, fund, Money.of("500.00", "EUR"));
    }

    void finance(String email) {
        repository.findByEmail(email).orElseGet(() -> people.createActive(null, email, email, PASSWORD, EnumSet.of(Role.FINANCE)));
    }

    static RequestPostProcessor as(String email) {
        return httpBasic(email, PASSWORD);
    }

    String conversion(String amount, String currency, String to) {
        return """
                {"fund": "%s", "amount": {"amount": "%s", "currency": "%s"}, "to": "%s", "on": "2026-11-27"}"""
                .formatted(fund, amount, currency, to);
    }

    @Test
    void givenTheSameIdempotencyKeyAndContent_whenPostedTwice_thenTheFirstConversionIsReturnedAndBookedOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(conversion("100.00", "EUR", "USD")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.from.amount").value("100.00")).andExpect(jsonPath("$.from.currency").value("EUR"))
                .andExpect(jsonPath("$.to.amount").value("105.12")).andExpect(jsonPath("$.to.currency").value("USD"))
                .andExpect(jsonPath("$.rate").value("1.0512"))
                .andReturn().getResponse().getContentAsString();

        String second = mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(conversion("100.00", "EUR", "USD")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

        assertThat(second).isEqualTo(first);
        assertThat(dsl.fetchCount(FX_CONVERSION, FX_CONVERSION.FUND_CODE.eq(fund))).isEqualTo(1);
        assertThat(ledger.balance(ChartAccount.CASH, "EUR", fund, Dimensions.NONE)).isEqualTo(40000);
    }

    @Test
    void givenAnIdempotencyKeyUsedBefore_whenPostedWithOtherContent_thenItIsRefusedAs422AndNothingMore() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example")).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(conversion("100.00", "EUR", "USD"))).andExpect(status().isCreated());

        mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(conversion("200.00", "EUR", "USD")))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/idempotency-key-reused"));

        assertThat(dsl.fetchCount(FX_CONVERSION, FX_CONVERSION.FUND_CODE.eq(fund))).isEqualTo(1);
        assertThat(ledger.balance(ChartAccount.CASH, "EUR", fund, Dimensions.NONE)).isEqualTo(40000);
    }

    @ParameterizedTest(name = "{0} {1} -> {2} is refused on field {3}")
    @CsvSource({
        "100.00, ABC, USD, from",
        "100.00, EUR, ABC, to",
        "-5.00, EUR, USD, amount",
        "0, EUR, USD, amount",
        "1.001, EUR, USD, amount",
        "1.5, JPY, EUR, amount",
        "abc, EUR, USD, amount",
        "100.00, EUR, EUR, to"
    })
    void givenBadInput_whenConverting_thenProblemJson400NamesTheFieldAndNothingIsWritten(String amount, String from, String to,
            String field) throws Exception {
        int conversions = dsl.fetchCount(FX_CONVERSION);
        int keys = dsl.fetchCount(IDEMPOTENCY_KEY);

        mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example")).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(conversion(amount, from, to)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"))
                .andExpect(jsonPath("$.errors." + field).isNotEmpty());

        assertThat(dsl.fetchCount(FX_CONVERSION)).isEqualTo(conversions);
        assertThat(dsl.fetchCount(IDEMPOTENCY_KEY)).isEqualTo(keys);
        assertThat(ledger.balance(ChartAccount.CASH, "EUR", fund, Dimensions.NONE)).isEqualTo(50000);
    }

    @Test
    void givenAnUnknownFund_whenConverting_thenProblemJson400NamesTheFund() throws Exception {
        fund = "NO-SUCH-FUND";

        mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example")).header("Idempotency-Key", UUID.randomUUID().toString())
                        .contentType(MediaType.APPLICATION_JSON).content(conversion("1.00", "EUR", "USD")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.fund").value("Unknown fund NO-SUCH-FUND."));
    }

    @Test
    void givenNoIdempotencyKey_whenConverting_thenItIsRefused() throws Exception {
        mvc.perform(post("/api/v1/fx-conversions").with(as("fx.dan@test.example"))
                        .contentType(MediaType.APPLICATION_JSON).content(conversion("1.00", "EUR", "USD")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors['Idempotency-Key']").isNotEmpty());
    }

    @Test
    void givenARateEnteredOverTheApi_whenTheSamePersonApproves_thenItIsRefusedAndAnotherPersonMayApprove() throws Exception {
        String body = mvc.perform(post("/api/v1/exchange-rates").with(as("fx.dan@test.example")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currency\": \"RWF\", \"unitsPerEur\": \"1500.5\", \"validOn\": \"2034-02-01\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING")).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(body, "$.id");

        mvc.perform(post("/api/v1/exchange-rates/{id}/approval", id).with(as("fx.dan@test.example")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("four eyes")));
        mvc.perform(get("/api/v1/exchange-rates/quote").param("from", "EUR").param("to", "RWF").param("on", "2034-02-01")
                .with(as("fx.erin@test.example"))).andExpect(status().isConflict());

        mvc.perform(post("/api/v1/exchange-rates/{id}/approval", id).with(as("fx.erin@test.example")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/v1/exchange-rates/quote").param("from", "EUR").param("to", "RWF").param("on", "2034-02-01")
                        .with(as("fx.erin@test.example")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rate").value("1500.5"))
                .andExpect(jsonPath("$.toLeg.source").value("ENTERED"));
    }

    @Test
    void givenADate_whenListingUsableRates_thenEcbRatesFixedParitiesAndTheEuroAreListed() throws Exception {
        mvc.perform(get("/api/v1/exchange-rates").param("on", "2026-11-30").param("limit", "200").with(as("fx.erin@test.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.currency == 'USD')].unitsPerEur").value("1.0512"))
                .andExpect(jsonPath("$.items[?(@.currency == 'XOF')].source").value("FIXED_PARITY"))
                .andExpect(jsonPath("$.items[?(@.currency == 'EUR')].unitsPerEur").value("1"));
    }

    @Test
    void givenAMalformedCsvAsMultipart_whenUploaded_thenProblemJsonAndNoRateIsStored() throws Exception {
        int rows = dsl.fetchCount(EXCHANGE_RATE);
        MockMultipartFile file = new MockMultipartFile("file", "eurofxref.csv", "text/csv", EcbRateFileTest.fixture("not-ecb.html.csv").getBytes());

        mvc.perform(multipart("/api/v1/exchange-rates/ecb").file(file).with(as("fx.dan@test.example")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.file").isNotEmpty());

        assertThat(dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(rows);
    }

    @Test
    void givenAnUnknownCurrencyOrBadDate_whenQuoting_thenProblemJson400() throws Exception {
        mvc.perform(get("/api/v1/exchange-rates/quote").param("from", "XXY").param("to", "EUR").param("on", "2026-11-27")
                .with(as("fx.dan@test.example"))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.from").isNotEmpty());
        mvc.perform(get("/api/v1/exchange-rates/quote").param("from", "USD").param("to", "EUR").param("on", "27/11/2026")
                .with(as("fx.dan@test.example"))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
