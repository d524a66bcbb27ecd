package org.globalaifund.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.globalaifund.engine.call.CallService;
import org.globalaifund.engine.contribution.DonorService;
import org.globalaifund.engine.demo.DemoProperties.DemoPerson;
import org.globalaifund.engine.node.NetworkNode;
import org.globalaifund.engine.node.NetworkNodeService;
import org.globalaifund.engine.people.PeopleService;
import org.globalaifund.engine.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The demo profile: every demo person logs in and lands in their area; the fund is populated, once. */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:fund-demo;DB_CLOSE_DELAY=-1", "fund.admin.email=", "fund.admin.password=",
        "camunda.bpm.process-engine-name=demo"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoDataTest {

    @Autowired MockMvc mvc;
    @Autowired DemoProperties demo;
    @Autowired DemoSeeder seeder;
    @Autowired PeopleService people;
    @Autowired DonorService donors;
    @Autowired NetworkNodeService nodes;
    @Autowired CallService calls;
    @Autowired org.globalaifund.engine.application.ApplicationService applications;
    @Autowired org.globalaifund.engine.people.PersonRepository personRepository;
    @Autowired org.globalaifund.engine.finance.BookReports reports;
    @Autowired org.globalaifund.engine.finance.fx.ExchangeRates rates;
    @Autowired org.globalaifund.engine.contribution.PledgeService pledgeService;
    @Autowired org.globalaifund.engine.contribution.ReceiptService receiptService;

    @Test
    void everyDemoPersonLogsInAndLandsInTheirOwnArea() throws Exception {
        assertThat(demo.people().stream().flatMap(p -> p.roles().stream()).collect(Collectors.toSet()))
                .as("one demo person per role").containsExactlyInAnyOrder(Role.values());
        for (DemoPerson person : demo.people()) {
            Role role = person.roles().iterator().next();
            MvcResult login = mvc.perform(formLogin().user(person.email()).password(person.password())).andReturn();
            assertThat(login.getResponse().getRedirectedUrl()).as(person.email()).endsWith(role.area());
            MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
            mvc.perform(get(role.area()).session(session)).andExpect(status().isOk());
        }
    }

    @Test
    void theDemoFundHasThreeKindsOfDonorNodesInThreeRegionsAndAnOpenCall() {
        assertThat(donors.all()).extracting(d -> d.organisationType()).contains("10", "70", "60");
        Set<String> regions = nodes.all().stream().map(NetworkNode::region).map(r -> r.m49()).collect(Collectors.toSet());
        assertThat(regions).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls.openOn(LocalDate.now())).isNotEmpty();
        assertThat(people.withRole(Role.BOARD_MEMBER)).anyMatch(p -> p.chair() && p.constituency() != null);
    }

    @Test
    void theDemoBooksBalancePerBookAndPerFundAndShowEveryKindOfContribution() {
        assertThat(reports.books()).extracting(b -> b.code()).contains("FIN-USD", "FIN-EUR", "FIN-GBP", "BUD-USD", "BUD-EUR");
        for (var book : reports.books()) {
            assertThat(reports.trialBalance(book.code(), null, null).balanced()).as(book.code()).isTrue();
            reports.perFund(book.code(), null).forEach((fund, trial) ->
                    assertThat(trial.balanced()).as(book.code() + " fund " + fund).isTrue());
        }
        var all = pledgeService.list(null);
        assertThat(all).anyMatch(p -> p.conditional() && p.status() == org.globalaifund.engine.contribution.Pledge.Status.AWAITING_CONDITION);
        assertThat(all).anyMatch(p -> p.discountMinor() > 0);
        assertThat(all).anyMatch(p -> p.fundCode().equals("UNRESTRICTED"));
        assertThat(all).anyMatch(p -> !p.fundCode().equals("UNRESTRICTED"));
        assertThat(receiptService.unapplied()).isNotEmpty();
        assertThat(rates.quote("GBP", "USD", LocalDate.now()).rate()).as("the demo has today's rates").isPositive();
        assertThat(receiptService.all()).anyMatch(r -> r.applied().isPositive() && r.pledgeId() != null
                && pledgeService.get(r.pledgeId()).outstanding().isPositive());
    }

    @Test
    void theDemoApplicantHasOneSubmittedAndOneDraftApplication() {
        String applicant = demo.people().stream().filter(p -> p.roles().contains(Role.APPLICANT)).findFirst().orElseThrow().email();
        var mine = applications.mine(personRepository.findByEmail(applicant).orElseThrow().id());

        assertThat(mine).extracting(a -> a.status().name()).containsExactlyInAnyOrder("SUBMITTED", "DRAFT");
    }

    @Test
    void seedingAgainAddsNothing() {
        int people = this.people.all().size();
        int donors = this.donors.all().size();
        int nodes = this.nodes.all().size();
        int calls = this.calls.all().size();
        int receipts = receiptService.all().size();
        int applicationCount = applications.all().size();

        seeder.run(null);

        assertThat(this.people.all()).hasSize(people);
        assertThat(this.donors.all()).hasSize(donors);
        assertThat(this.nodes.all()).hasSize(nodes);
        assertThat(this.calls.all()).hasSize(calls);
        assertThat(receiptService.all()).hasSize(receipts);
        assertThat(applications.all()).hasSize(applicationCount);
    }
}
