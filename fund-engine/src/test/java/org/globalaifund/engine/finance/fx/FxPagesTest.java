package org.globalaifund.engine.finance.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.globalaifund.engine.db.Tables.EXCHANGE_RATE;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.finance.FundLedger;
import org.globalaifund.engine.money.Money;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** FINANCE's rate and conversion pages: forms that work without JavaScript, errors next to the field, four eyes on the page. */
@FundEngineTest
class FxPagesTest {

    @Autowired MockMvc mvc;
    @Autowired ExchangeRates rates;
    @Autowired EcbRateUpload ecb;
    @Autowired FundLedger ledger;
    @Autowired TransactionTemplate tx;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;
    @Autowired DSLContext dsl;

    String frank;

    @BeforeEach
    void financePeopleAndEcbRates() throws Exception {
        frank = person("fx.frank@test.example");
        person("fx.gina@test.example");
        ecb.upload(frank, EcbRateFileTest.fixture("eurofxref.csv"));
    }

    String person(String email) {
        return repository.findByEmail(email)
                .orElseGet(() -> people.createActive(null, email, email, FxApiTest.PASSWORD, EnumSet.of(Role.FINANCE))).id();
    }

    @Test
    void givenARateSomeoneEntered_whenTheyViewThePage_thenTheyCannotApproveItButAnotherPersonCan() throws Exception {
        String approve = "/finance/rates/" + rates.enter(frank, "MWK", "1900.5", LocalDate.of(2035, 1, 2)).id() + "/approve";

        String own = page("/finance/rates", "fx.frank@test.example");
        String other = page("/finance/rates", "fx.gina@test.example");

        assertThat(own).contains("1900.5").contains("another FINANCE person must approve it").doesNotContain(approve);
        assertThat(other).contains("1900.5").contains(approve);
    }

    @Test
    void givenAnInvalidRate_whenEnteredOnThePage_thenTheMessageIsNextToTheFieldAndNothingIsStored() throws Exception {
        int rows = dsl.fetchCount(EXCHANGE_RATE);

        String html = mvc.perform(post("/finance/rates").with(FxApiTest.as("fx.frank@test.example")).with(csrf())
                        .param("currency", "MWK").param("unitsPerEur", "-1").param("validOn", "2035-01-03"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("class=\"error-summary\"").contains("id=\"unitsPerEur-error\"").contains("aria-describedby=\"unitsPerEur-error\"");
        assertThat(dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(rows);
    }

    @Test
    void givenTheEcbFile_whenUploadedOnThePage_thenThePageReportsWhatWasStored() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "eurofxref.csv", "text/csv", EcbRateFileTest.fixture("eurofxref.csv").getBytes());

        mvc.perform(multipart("/finance/rates/ecb").file(file).with(FxApiTest.as("fx.frank@test.example")).with(csrf()))
                .andExpect(redirectedUrl("/finance/rates")).andExpect(flash().attributeExists("uploaded"));

        assertThat(page("/finance/rates", "fx.frank@test.example")).contains("USD").contains("1.0512");
    }

    @Test
    void givenEuroCash_whenConvertedOnThePageAndSubmittedTwice_thenItIsConvertedOnce() throws Exception {
        String fund = FxConversionTest.openFund(dsl, "FXP-");
        FxConversionTest.receive(tx, ledger, fund, Money.of("300.00", "EUR"));
        String token = UUID.randomUUID().toString();

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/finance/fx-conversions").with(FxApiTest.as("fx.gina@test.example")).with(csrf())
                            .param("fund", fund).param("from", "eur").param("to", "USD").param("amount", "100.00")
                            .param("on", "2026-11-27").param("token", token))
                    .andExpect(redirectedUrl("/finance/fx-conversions"));
        }

        assertThat(ledger.balance(org.globalaifund.engine.finance.ChartAccount.CASH, "EUR", fund, org.globalaifund.ledger.Dimensions.NONE))
                .isEqualTo(20000);
        assertThat(page("/finance/fx-conversions", "fx.gina@test.example")).contains(fund).contains("105.12");
    }

    @Test
    void givenMoreThanTheFundHolds_whenConvertedOnThePage_thenTheMessageIsNextToTheAmount() throws Exception {
        String fund = FxConversionTest.openFund(dsl, "FXP-");
        FxConversionTest.receive(tx, ledger, fund, Money.of("10.00", "EUR"));

        String html = mvc.perform(post("/finance/fx-conversions").with(FxApiTest.as("fx.gina@test.example")).with(csrf())
                        .param("fund", fund).param("from", "EUR").param("to", "USD").param("amount", "10.01")
                        .param("on", "2026-11-27").param("token", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"amount-error\"").contains("holds only 10.00 EUR in cash");
    }

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(FxApiTest.as(email))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
