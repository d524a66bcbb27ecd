package org.globalaifund.engine.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.application.Application;
import org.globalaifund.engine.people.Person;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The applicant's offer pages and FINANCE's bank-details pages as a browser uses them: stable ids for each part,
 * messages next to the field on a refusal, nothing stored then, and anyone else's grant "not found".
 */
@FundEngineTest
class GrantPagesTest {

    @Autowired MockMvc mvc;
    @Autowired GrantFixtures fx;
    @Autowired GrantService grants;
    @Autowired GrantBankAccounts bankAccounts;

    Person applicant;
    Application app;
    Grant grant;

    @BeforeEach
    void offered() {
        applicant = fx.person(Role.APPLICANT);
        app = fx.approved(applicant, fx.call(fx.fundWith("100000.00", fx.today())), "6000.00", "4000.00");
        fx.offer(app);
        grant = grants.ofApplication(app.id()).orElseThrow();
    }

    @Test
    void theOfferPageShowsTheAgreementScheduleResultsDeadlineAndTheForms() throws Exception {
        String list = page(get("/applicant/grants"), applicant);
        assertThat(list).contains("id=\"grant-" + grant.reference() + "\"", "/applicant/grants/" + grant.id());

        String offer = page(get("/applicant/grants/" + grant.id()), applicant);

        assertThat(offer).contains("id=\"agreement-download\"", "id=\"tranches\"", "6,000.00 USD", "4,000.00 USD", "Signed agreement",
                "id=\"results\"", "Clinics using triage", "id=\"grant-deadline\"", fx.today().plusDays(30).toString(),
                "id=\"bank-details-form\"", "id=\"bank-none\"", "id=\"acceptance-form\"", "I accept on behalf of Lusaka Data Lab",
                "id=\"declination-form\"");
        byte[] pdf = mvc.perform(get("/applicant/grants/" + grant.id() + "/agreement").with(as(applicant))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(GrantAgreementLifecycle.sha256(pdf)).isEqualTo(grant.agreementSha256());
    }

    @Test
    void wrongBankDetailsAreNamedNextToTheirFieldsAndNothingIsStored() throws Exception {
        String refused = page(post("/applicant/grants/" + grant.id() + "/bank-details").with(csrf()).param("holder", "Lusaka Data Lab")
                .param("bankName", "Commerzbank").param("bankCountry", "DE").param("iban", "DE89 3704 0044 0532 0130 01")
                .param("bic", "COBADE"), applicant);

        assertThat(refused).contains("id=\"iban-error\"", "This IBAN is not valid", "id=\"bic-error\"", "value=\"Commerzbank\"");
        assertThat(bankAccounts.versions(grant.id())).isEmpty();
    }

    @Test
    void theApplicantEntersBankDetailsAndAcceptsOnBehalfOfTheOrganisation() throws Exception {
        String noBank = page(post("/applicant/grants/" + grant.id() + "/acceptance").with(csrf()).param("onBehalf", "true"), applicant);
        assertThat(noBank).contains("id=\"bank-error\"", "Enter the bank details before accepting");

        mvc.perform(bank(post("/applicant/grants/" + grant.id() + "/bank-details")).with(as(applicant)).with(csrf()))
                .andExpect(redirectedUrl("/applicant/grants/" + grant.id()));
        assertThat(page(get("/applicant/grants/" + grant.id()), applicant)).contains("id=\"bank-current\"", "•••• 3000",
                "Waiting for the fund’s confirmation").doesNotContain("DE89370400440532013000");
        String unticked = page(post("/applicant/grants/" + grant.id() + "/acceptance").with(csrf()), applicant);
        assertThat(unticked).contains("id=\"onBehalf-error\"");
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.OFFERED);

        mvc.perform(post("/applicant/grants/" + grant.id() + "/acceptance").with(as(applicant)).with(csrf()).param("onBehalf", "true"))
                .andExpect(redirectedUrl("/applicant/grants/" + grant.id()));

        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.COMMITTED);
        assertThat(page(get("/applicant/grants/" + grant.id()), applicant)).contains("Accepted and committed")
                .doesNotContain("id=\"acceptance-form\"");
    }

    @Test
    void theApplicantDeclinesWithAReason() throws Exception {
        mvc.perform(post("/applicant/grants/" + grant.id() + "/declination").with(as(applicant)).with(csrf())
                .param("reason", "Other funding came through.")).andExpect(redirectedUrl("/applicant/grants/" + grant.id()));
        fx.jobs.runDue(app.id());

        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.DECLINED);
        assertThat(page(get("/applicant/grants/" + grant.id()), applicant)).contains("Declined").doesNotContain("id=\"acceptance-form\"");
    }

    @Test
    void anotherApplicantsGrantIsNotFound() throws Exception {
        Person someone = fx.person(Role.APPLICANT);

        mvc.perform(get("/applicant/grants/" + grant.id()).with(as(someone))).andExpect(status().isNotFound());
        mvc.perform(get("/applicant/grants/" + grant.id() + "/agreement").with(as(someone))).andExpect(status().isNotFound());
        mvc.perform(bank(post("/applicant/grants/" + grant.id() + "/bank-details")).with(as(someone)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applicant/grants/" + grant.id() + "/acceptance").with(as(someone)).with(csrf()).param("onBehalf", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applicant/grants/" + grant.id() + "/declination").with(as(someone)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(page(get("/applicant/grants"), someone)).doesNotContain(grant.reference());
        assertThat(bankAccounts.versions(grant.id())).isEmpty();
        assertThat(grants.get(grant.id()).status()).isEqualTo(GrantStatus.OFFERED);
    }

    @Test
    void financeSeesWaitingDetailsMaskedConfirmsThemInFullAndAChangeNeedsASecondPerson() throws Exception {
        Person first = fx.person(Role.FINANCE);
        Person second = fx.person(Role.FINANCE);
        BankAccountVersion v1 = grants.enterBankDetails(applicant.id(), grant.id(), GrantFixtures.bank("Lusaka Data Lab"));

        String list = page(get("/finance/bank-details"), first);
        assertThat(list).contains("id=\"bank-" + grant.reference() + "\"", "•••• 3000").doesNotContain("DE89370400440532013000");
        String detail = page(get("/finance/bank-details/" + v1.id()), first);
        assertThat(detail).contains("id=\"bank-iban\"", "DE89370400440532013000", "COBADEFFXXX", "id=\"confirm-bank-details\"");

        mvc.perform(post("/finance/bank-details/" + v1.id() + "/confirmation").with(as(first)).with(csrf()))
                .andExpect(redirectedUrl("/finance/bank-details/" + v1.id()));
        BankAccountVersion v2 = grants.enterBankDetails(applicant.id(), grant.id(),
                new BankDetails("Lusaka Data Lab", "Barclays", "GB", "GB82WEST12345698765432", "", "BARCGB22"));
        mvc.perform(post("/finance/bank-details/" + v2.id() + "/confirmation").with(as(first)).with(csrf()))
                .andExpect(redirectedUrl("/finance/bank-details/" + v2.id()));

        String again = page(post("/finance/bank-details/" + v2.id() + "/confirmation").with(csrf()), first);
        assertThat(again).contains("a change needs a second FINANCE officer", "Payments use version 1");
        mvc.perform(post("/finance/bank-details/" + v2.id() + "/confirmation").with(as(second)).with(csrf()))
                .andExpect(redirectedUrl("/finance/bank-details/" + v2.id()));
        assertThat(page(get("/finance/bank-details/" + v2.id()), second)).contains("Payments use version 2", "2 / 2")
                .doesNotContain("id=\"confirm-bank-details\"");
        mvc.perform(get("/finance/bank-details").with(as(applicant))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder bank(MockHttpServletRequestBuilder request) {
        return request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("holder", "Lusaka Data Lab").param("bankName", "Commerzbank")
                .param("bankCountry", "DE").param("iban", "DE89 3704 0044 0532 0130 00").param("bic", "COBADEFFXXX");
    }

    private String page(MockHttpServletRequestBuilder request, Person person) throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static RequestPostProcessor as(Person person) {
        return httpBasic(person.email(), GrantFixtures.PASSWORD);
    }
}
