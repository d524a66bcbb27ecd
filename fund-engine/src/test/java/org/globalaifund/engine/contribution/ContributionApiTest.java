package org.globalaifund.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad input to the contributions API: a clear problem+json, and nothing written. */
@FundEngineTest
class ContributionApiTest {

    static final String FINANCE = "api.finance@test.example";

    @Autowired MockMvc mvc;
    @Autowired ContributionFixtures fx;
    @Autowired PledgeService pledges;
    @Autowired ReceiptService receipts;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;

    Donor donor;

    @BeforeEach
    void aDonorAndAFinanceOfficer() {
        if (repository.findByEmail(FINANCE).isEmpty()) {
            people.createActive(null, FINANCE, "API Finance", "a-long-password-1", EnumSet.of(Role.FINANCE));
        }
        donor = fx.donor();
    }

    private ResultActions postJson(String path, String key, String json) throws Exception {
        var request = post(path).with(httpBasic(FINANCE, "a-long-password-1")).contentType(MediaType.APPLICATION_JSON).content(json);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return mvc.perform(request);
    }

    private String pledgeJson(String amount, String currency) {
        return "{\"donorId\":\"" + donor.id() + "\",\"fundCode\":\"UNRESTRICTED\",\"amount\":{\"amount\":\"" + amount
                + "\",\"currency\":\"" + currency + "\"},\"pledgedOn\":\"2026-05-01\"}";
    }

    @Test
    void aPledgeIsRecordedWithMoneyAsADecimalStringAtTheCurrencysScale() throws Exception {
        postJson("/api/v1/pledges", UUID.randomUUID().toString(), pledgeJson("1234.5", "EUR"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount.amount").value("1234.50"))
                .andExpect(jsonPath("$.amount.currency").value("EUR"))
                .andExpect(jsonPath("$.status").value("RECOGNISED"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "-100.00, EUR, amount",
        "0, EUR, amount",
        "1.001, EUR, amount",
        "1.5, JPY, amount",
        "1.2345, KWD, amount",
        "abc, EUR, amount",
        "100.00, XYZ, currency",
        "100.00, '', currency"
    })
    void aBadAmountOrCurrencyIsRefusedNextToItsFieldAndNothingIsWritten(String amount, String currency, String field) throws Exception {
        postJson("/api/v1/pledges", UUID.randomUUID().toString(), pledgeJson(amount, currency))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/invalid-input"))
                .andExpect(jsonPath("$.errors." + field).exists());

        assertThat(pledges.list(donor.id())).isEmpty();
    }

    @Test
    void threeDecimalsAreFineForKuwaitiDinarsAndNoneForYen() throws Exception {
        postJson("/api/v1/pledges", UUID.randomUUID().toString(), pledgeJson("1.234", "KWD")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount.amount").value("1.234"));
        postJson("/api/v1/pledges", UUID.randomUUID().toString(), pledgeJson("1500", "JPY")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.amount.amount").value("1500"));
    }

    @Test
    void aRequestThatMovesValueWithoutAnIdempotencyKeyIsRefused() throws Exception {
        postJson("/api/v1/pledges", null, pledgeJson("100.00", "EUR"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.Idempotency-Key").exists());

        assertThat(pledges.list(donor.id())).isEmpty();
    }

    @Test
    void theSameKeyAndContentReturnsTheFirstResultAndOtherContentIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = postJson("/api/v1/pledges", key, pledgeJson("100.00", "EUR")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String again = postJson("/api/v1/pledges", key, pledgeJson("100.00", "EUR")).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        postJson("/api/v1/pledges", key, pledgeJson("200.00", "EUR"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://globalaifund.example/problems/idempotency-key-reused"));

        assertThat(again).isEqualTo(first);
        assertThat(pledges.list(donor.id())).hasSize(1);
    }

    @Test
    void aReceiptForAnUnknownPledgeIsRefusedAndNothingIsWritten() throws Exception {
        int before = receipts.all().size();

        postJson("/api/v1/receipts", UUID.randomUUID().toString(),
                "{\"pledgeId\":\"no-such-pledge\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"}}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.pledgeId").exists());

        assertThat(receipts.all()).hasSize(before);
    }

    @Test
    void cashWithoutAPledgeIsAcceptedAsUnapplied() throws Exception {
        postJson("/api/v1/receipts", UUID.randomUUID().toString(),
                "{\"donorId\":\"" + donor.id() + "\",\"amount\":{\"amount\":\"10.00\",\"currency\":\"NOK\"}}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unappliedOpen.amount").value("10.00"));
    }

    @Test
    void nobodyButFinanceAndAdminSeesTheMoney() throws Exception {
        String applicant = "api.applicant@test.example";
        if (repository.findByEmail(applicant).isEmpty()) {
            people.createActive(null, applicant, "Applicant", "a-long-password-1", EnumSet.of(Role.APPLICANT));
        }
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/pledges")
                        .with(httpBasic(applicant, "a-long-password-1")))
                .andExpect(status().isForbidden());
    }
}
