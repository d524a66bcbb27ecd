package org.globalaifund.engine.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;
import org.globalaifund.engine.FundEngineTest;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.PersonRepository;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** FINANCE's forms: a refused form comes back with the message next to the field; a double submit records once. */
@FundEngineTest
class ContributionPagesTest {

    static final String FINANCE = "pages.finance@test.example";

    @Autowired MockMvc mvc;
    @Autowired ContributionFixtures fx;
    @Autowired PledgeService pledges;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;

    Donor donor;

    @BeforeEach
    void aDonorAndAFinanceOfficer() {
        if (repository.findByEmail(FINANCE).isEmpty()) {
            people.createActive(null, FINANCE, "Pages Finance", "a-long-password-1", EnumSet.of(Role.FINANCE));
        }
        donor = fx.donor();
    }

    @Test
    void anOverPreciseAmountIsShownNextToItsFieldAndNothingIsRecorded() throws Exception {
        String page = mvc.perform(post("/finance/pledges").with(httpBasic(FINANCE, "a-long-password-1")).with(csrf())
                        .param("formKey", UUID.randomUUID().toString()).param("donorId", donor.id()).param("fundCode", "UNRESTRICTED")
                        .param("currency", "JPY").param("amount", "10.5").param("pledgedOn", "2026-05-01"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("class=\"error-summary\"").contains("id=\"amount-error\"").contains("JPY amounts have no decimals");
        assertThat(page).contains("value=\"10.5\"");
        assertThat(pledges.list(donor.id())).isEmpty();
    }

    @Test
    void theSameFormSubmittedTwiceRecordsOnePledge() throws Exception {
        String formKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/finance/pledges").with(httpBasic(FINANCE, "a-long-password-1")).with(csrf())
                            .param("formKey", formKey).param("donorId", donor.id()).param("fundCode", "UNRESTRICTED")
                            .param("currency", "EUR").param("amount", "250.00").param("pledgedOn", "2026-05-01"))
                    .andExpect(status().is3xxRedirection());
        }

        assertThat(pledges.list(donor.id())).hasSize(1);
    }

    @Test
    void theFinancePagesRender() throws Exception {
        for (String page : new String[] {"/finance/donors", "/finance/pledges", "/finance/receipts", "/finance/unapplied", "/finance/books"}) {
            mvc.perform(get(page).with(httpBasic(FINANCE, "a-long-password-1"))).andExpect(status().isOk());
        }
    }
}
